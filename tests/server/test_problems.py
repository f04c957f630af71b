"""GET problems, problems/{id} and languages: paper metadata, documents, samples only."""

from __future__ import annotations

import json

from .helpers import PROBLEMS, Fetch
from .openapi_check import check


async def test_the_problem_list_carries_each_papers_metadata(api: Fetch) -> None:
    problems = {p["id"]: p for p in check(await api("problems"))["problems"]}
    assert {"aplusb", "floatsum", "jump-hash"} <= set(problems)
    jump = problems["jump-hash"]
    assert jump["source"]["arxiv"] == "1406.2294"
    assert jump["source"]["authors"] == ["John Lamping", "Eric Veach"]
    assert jump["source"]["year"] == 2014
    assert jump["difficulty"] == "easy"
    assert "difficulty:easy" in jump["keywords"]
    assert "difficulty:easy" not in jump["tags"]
    assert problems["aplusb"]["source"] is None


async def test_a_problem_has_its_statement_samples_and_starter_code(api: Fetch) -> None:
    problem = check(await api("problems", "jump-hash"))
    assert problem["name"] == "Jump Consistent Hash"
    assert problem["statement"].strip()
    assert problem["excerpt"].strip()
    assert problem["samples"]
    assert all(sample["name"].startswith("sample/") for sample in problem["samples"])
    assert set(problem["starter"]) >= {"python3", "cpp"}
    assert "def " in problem["starter"]["python3"]


async def test_hidden_test_data_is_never_shown(api: Fetch) -> None:
    response = await api("problems", "aplusb")
    problem = check(response)
    assert [s["name"] for s in problem["samples"]] == ["sample/1", "sample/2"]
    assert problem["samples"][0] == {"name": "sample/1", "input": "1 2\n", "answer": "3\n"}
    text = response.body.decode()
    secret = PROBLEMS / "aplusb" / "data" / "secret"
    distinctive = [
        json.dumps(path.read_text())[1:-1]
        for path in sorted(secret.iterdir())
        if len(path.read_text().strip()) > 8
    ]
    assert distinctive, "the fixture should have long secret inputs to look for"
    for data in distinctive:
        assert data not in text


async def test_a_float_problem_says_its_tolerance(api: Fetch) -> None:
    problem = check(await api("problems", "floatsum"))
    assert problem["float_tolerance"] == "abs 1e-06, rel 1e-06"


async def test_an_unknown_problem_is_not_found(api: Fetch) -> None:
    response = await api("problems", "no-such-problem")
    assert response.code == 404
    assert "no-such-problem" in check(response)["message"]


async def test_languages_list_ids_and_aliases(api: Fetch) -> None:
    languages = {lang["id"]: lang for lang in check(await api("languages"))["languages"]}
    assert {"python3", "cpp", "haskell"} <= set(languages)
    assert ".py" in languages["python3"]["extensions"]

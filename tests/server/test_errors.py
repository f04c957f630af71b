"""Bad input: 400 with the valid choices, 413 over the size limit, 429 over the rate limit."""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import AC_PYTHON, Fetch
from .openapi_check import check

GOOD = {"problem": "aplusb", "language": "python3", "source": AC_PYTHON}


async def post(api: Fetch, body: Any) -> Any:
    return await api("submissions", method="POST", body=body)


async def test_an_unknown_problem_lists_the_valid_problems(api: Fetch) -> None:
    response = await post(api, {**GOOD, "problem": "aplusc"})
    assert response.code == 400
    error = check(response, {**GOOD, "problem": "aplusc"})
    assert error["field"] == "problem"
    assert "aplusb" in error["choices"]
    assert "aplusc" in error["message"]


async def test_an_unknown_language_lists_the_valid_languages(api: Fetch) -> None:
    response = await post(api, {**GOOD, "language": "no-such-language"})
    assert response.code == 400
    error = check(response, {**GOOD, "language": "no-such-language"})
    assert error["field"] == "language"
    assert {"python3", "cpp"} <= set(error["choices"])


async def test_a_language_alias_is_filed_under_its_id(api: Fetch) -> None:
    response = await post(api, {**GOOD, "language": "gcc", "source": "int main(){}"})
    assert response.code == 202
    assert check(response)["language"] == "c"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({**GOOD, "mode": "grade"}, "mode"),
        ({"problem": "aplusb", "language": "python3"}, "source"),
        ({**GOOD, "source": 42}, "source"),
        ({**GOOD, "stdin": ["1 2"]}, "stdin"),
        ({**GOOD, "user": "someone-else"}, "user"),
    ],
)
async def test_malformed_submissions_name_the_wrong_field(
    api: Fetch, body: dict[str, Any], field: str
) -> None:
    response = await post(api, body)
    assert response.code == 400
    assert check(response)["field"] == field


async def test_a_body_that_is_not_a_json_object_is_refused(api: Fetch) -> None:
    assert (await post(api, "[1, 2]")).code == 400
    assert (await post(api, "{not json")).code == 400


@pytest.fixture
def leetarxiv_settings() -> dict[str, Any]:
    return {"max_source_bytes": 1000, "rate_limit": 1.0, "rate_burst": 3}


async def test_a_source_over_the_size_limit_is_413(api: Fetch) -> None:
    response = await post(api, {**GOOD, "source": "#" * 1001})
    assert response.code == 413
    assert check(response)["limit"] == 1000
    assert (await post(api, {**GOOD, "source": "#" * 1000})).code == 202


async def test_over_the_rate_limit_is_429_with_retry_after(api: Fetch) -> None:
    for _ in range(3):
        assert (await post(api, GOOD)).code == 202
    response = await post(api, GOOD)
    assert response.code == 429
    seconds = int(response.headers["Retry-After"])
    assert 1 <= seconds <= 60
    assert check(response)["retry_after"] == seconds


async def test_refused_submissions_do_not_use_up_the_rate_limit(api: Fetch) -> None:
    for _ in range(5):
        assert (await post(api, {**GOOD, "language": "no-such-language"})).code == 400
    assert (await post(api, GOOD)).code == 202


async def test_a_body_that_is_not_utf8_is_a_bad_request(api: Fetch) -> None:
    response = await post(api, b"\xff\xfe{")
    assert response.code == 400
    assert "not JSON" in check(response)["message"]

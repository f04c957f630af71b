"""POST submissions, GET submissions[/{id}] and the events WebSocket, judged for real."""

from __future__ import annotations

from typing import Any

from .helpers import AC_PYTHON, PROGRAMS, Fetch, WsFetch, follow
from .openapi_check import check


async def submit(api: Fetch, **fields: Any) -> dict[str, Any]:
    body = {"problem": "aplusb", "language": "python3", "source": AC_PYTHON, **fields}
    response = await api("submissions", method="POST", body=body)
    assert response.code == 202, response.body
    created: dict[str, Any] = check(response, body)
    assert response.headers["Location"].endswith(f"/leetarxiv/api/submissions/{created['id']}")
    return created


async def test_a_submission_is_accepted_then_judged_with_live_events(
    api: Fetch, jp_ws_fetch: WsFetch
) -> None:
    created = await submit(api)
    assert created["state"] in ("queued", "running", "done")
    assert created["verdict"] is None
    events = await follow(jp_ws_fetch, created["id"])
    types = [event["type"] for event in events]
    assert types[0] == "queued"
    assert types[-1] == "result"
    assert types.count("test") == 10
    assert all(event["submission"] == created["id"] for event in events)
    assert events[-1]["verdict"] == "AC"

    detail = check(await api("submissions", created["id"]))
    assert detail["state"] == "done"
    assert detail["verdict"] == "AC"
    assert detail["finished"] is not None
    assert detail["source"] == AC_PYTHON
    assert (detail["passed"], detail["total"]) == (10, 10)
    assert [test["verdict"] for test in detail["tests"]] == ["AC"] * 10
    assert "queue" not in detail


async def test_a_finished_submission_replays_the_same_events(
    api: Fetch, jp_ws_fetch: WsFetch
) -> None:
    created = await submit(api)
    live = await follow(jp_ws_fetch, created["id"])
    replayed = await follow(jp_ws_fetch, created["id"])
    assert replayed == live


async def test_a_wrong_answer_is_judged_wrong(api: Fetch, jp_ws_fetch: WsFetch) -> None:
    created = await submit(api, source=(PROGRAMS / "wa_minus.py").read_text())
    events = await follow(jp_ws_fetch, created["id"])
    assert events[-1]["verdict"] == "WA"
    detail = check(await api("submissions", created["id"]))
    assert detail["verdict"] == "WA"
    assert "skipped" in [test["verdict"] for test in detail["tests"]] or detail["passed"] < 10


async def test_run_mode_judges_the_samples_only(api: Fetch, jp_ws_fetch: WsFetch) -> None:
    created = await submit(api, mode="run")
    events = await follow(jp_ws_fetch, created["id"])
    tests = [event for event in events if event["type"] == "test"]
    assert len(tests) == 2
    assert all(test["sample"] for test in tests)
    assert tests[0]["actual"] == "3\n"


async def test_a_run_on_the_users_input_returns_its_output(
    api: Fetch, jp_ws_fetch: WsFetch
) -> None:
    created = await submit(api, stdin="40 2\n")
    events = await follow(jp_ws_fetch, created["id"])
    assert events[-1]["type"] == "output"
    assert events[-1]["stdout"] == "42\n"
    detail = check(await api("submissions", created["id"]))
    assert detail["state"] == "done"
    assert detail["stdin"] == "40 2\n"
    assert detail["output"]["stdout"] == "42\n"


async def test_the_history_lists_own_submissions_newest_first(
    api: Fetch, jp_ws_fetch: WsFetch
) -> None:
    first = await submit(api)
    second = await submit(api, problem="floatsum", source="print(0)\n")
    for created in (first, second):
        await follow(jp_ws_fetch, created["id"])
    listed = check(await api("submissions"))["submissions"]
    assert [s["id"] for s in listed] == [second["id"], first["id"]]
    assert "source" not in listed[0]
    only = check(await api("submissions", params={"problem": "aplusb"}))["submissions"]
    assert [s["id"] for s in only] == [first["id"]]


async def test_an_unknown_submission_is_not_found(api: Fetch) -> None:
    response = await api("submissions", "0" * 32)
    assert response.code == 404
    check(response)

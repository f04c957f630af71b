"""The wire format: every event round-trips and matches the JSON Schema in the repo."""

from __future__ import annotations

from typing import Any

import pytest

from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import (
    Compiled,
    Compiling,
    Error,
    Event,
    Mode,
    Output,
    Queued,
    Result,
    SubmissionRequest,
    TestResult,
    WireError,
    event_from_dict,
    event_to_dict,
    validate_message,
)

EVENTS: list[Event] = [
    Queued(submission="s1", position=3),
    Compiling(submission="s1"),
    Compiled(submission="s1", ok=False, output="main.c:1: error", cached=True, time=0.5),
    TestResult(
        submission="s1",
        index=1,
        total=2,
        name="sample/1",
        group="sample",
        verdict=Verdict.WA,
        time=0.01,
        wall_time=0.02,
        memory=1 << 20,
        sample=True,
        feedback="token 1",
        input="1 2\n",
        expected="3\n",
        actual="4\n",
        max_abs_error=1.0,
        max_rel_error=0.33,
        error_at=0,
    ),
    Result(
        submission="s1",
        verdict=Verdict.TLE,
        passed=1,
        total=2,
        score=None,
        max_score=None,
        max_time=1.2,
        max_memory=3 << 20,
        toolchain="gcc 12",
        problem_version="abc",
    ),
    Output(
        submission="s1",
        status="ok",
        exit_code=0,
        stdout="x",
        stderr="",
        time=0.0,
        wall_time=0.1,
        memory=0,
    ),
    Error(submission="s1", message="unknown problem"),
]


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: e.type)
def test_event_round_trips_and_validates(event: Event) -> None:
    data = event_to_dict(event)
    validate_message(data)
    assert event_from_dict(data) == event


def test_submission_round_trips_and_validates() -> None:
    request = SubmissionRequest(
        problem="jump-hash", language="haskell", source="main = pure ()", mode=Mode.RUN, user="ada"
    )
    data = request.to_dict()
    validate_message(data)
    assert SubmissionRequest.from_dict(data) == request


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {
                "v": "1.0",
                "type": "test",
                "submission": "s",
                "index": 1,
                "total": 1,
                "name": "1",
                "group": "",
                "verdict": "MAYBE",
                "time": 0,
                "wall_time": 0,
                "memory": 0,
            },
            "verdict: 'MAYBE' is not one of",
        ),
        ({"v": "1.0", "type": "test", "submission": "s"}, "'index' is a required property"),
        ({"v": "1.0", "type": "result", "submission": "s"}, "required"),
        (
            {"v": "1.0", "type": "compiled", "submission": "s", "ok": "yes", "output": ""},
            "not of type .boolean.",
        ),
    ],
)
def test_schema_rejects_bad_events(data: dict[str, Any], message: str) -> None:
    with pytest.raises(WireError, match=message):
        validate_message(data)


def test_unknown_major_version_is_refused() -> None:
    with pytest.raises(WireError, match=r"wire version 2\.0 is not supported"):
        event_from_dict({"v": "2.0", "type": "compiling", "submission": "s"})


def test_newer_minor_version_with_extra_fields_is_read() -> None:
    event = event_from_dict({"v": "1.7", "type": "compiling", "submission": "s", "new": 1})
    assert event == Compiling(submission="s")

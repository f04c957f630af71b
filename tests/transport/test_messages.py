"""Broker messages: what a worker refuses, and the reason it gives."""

from __future__ import annotations

import json

import pytest

from jupyter_leetarxiv.core.requests import MAX_SOURCE_BYTES
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import Result, SubmissionRequest, WireError
from jupyter_leetarxiv.transport.rabbitmq.messages import (
    MAX_BODY_BYTES,
    RejectedError,
    claimed_id,
    decode_event,
    decode_submission,
    encode_event,
    encode_submission,
)

REQUEST = SubmissionRequest(problem="aplusb", language="python3", source="print(1)\n", user="u")


def test_submissions_and_events_survive_the_trip() -> None:
    assert decode_submission(encode_submission(REQUEST)) == REQUEST
    result = Result("s", Verdict.WA, 3, 10, 0.5, 2**20, "python 3.11", "1")
    assert decode_event(encode_event(result)) == result


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (json.dumps({**REQUEST.to_dict(), "v": "2.0"}).encode(), "wire version 2.0"),
        (json.dumps({**REQUEST.to_dict(), "mode": "fast"}).encode(), "mode"),
        (
            json.dumps({**REQUEST.to_dict(), "source": "#" * MAX_SOURCE_BYTES + "x"}).encode(),
            "source is larger than",
        ),
        (b" " * (MAX_BODY_BYTES + 1), "message is larger than"),
    ],
)
def test_refused_submissions_say_why(body: bytes, reason: str) -> None:
    with pytest.raises(RejectedError, match=reason):
        decode_submission(body)


def test_the_id_a_refused_message_claims_is_read_when_possible() -> None:
    assert claimed_id(json.dumps({"v": "2.0", "id": "abc"}).encode()) == "abc"
    assert claimed_id(b"{broken") == ""


ACCEPTED = Result("s", Verdict.AC, 10, 10, 0.5, 2**20, "python 3.11", "1")


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"v": "2.0"}, "wire version 2.0"),
        ({"type": "gossip"}, "unknown event type"),
        ({"verdict": "MAYBE"}, "bad result event"),
        ({"passed": None, "total": None, "verdict": None}, "bad result event"),
    ],
)
def test_malformed_events_are_refused(changes: dict[str, object], reason: str) -> None:
    body = {**encoded(ACCEPTED), **changes}
    body = {k: v for k, v in body.items() if v is not None}
    with pytest.raises(WireError, match=reason):
        decode_event(json.dumps(body).encode())


def test_an_event_from_a_newer_minor_version_is_read() -> None:
    """A field this judge does not know is left out, not refused."""
    body = {**encoded(ACCEPTED), "v": "1.9", "carbon_grams": 0.2}
    event = decode_event(json.dumps(body).encode())
    assert isinstance(event, Result) and event.verdict is Verdict.AC


def encoded(event: Result) -> dict[str, object]:
    return dict(json.loads(encode_event(event)))

"""What travels on the broker: wire-format JSON bodies and the AMQP properties around them.

Bodies are the wire format (core/wire.py) checked against its JSON Schema on both ends, so a
message either means what the schema says or is refused with a reason a person can act on.
Routing facts ride in AMQP properties, outside the wire format: ``reply_to`` names the client's
reply queue, ``priority`` is the fairness rule's verdict, and ``correlation_id`` is a token the
client draws for each submit (not the submission id). Events carry the token back, and a cancel
names it, so a submission sent again under the same id (a server retrying it) is never confused
with, or cancelled by, an earlier attempt. Three headers:

- ``x-leetarxiv-seq``: an event's position in its judge's stream (see transport/streams.py);
- ``x-leetarxiv-deliveries``: how many times a submission has been handed to a worker;
- ``x-leetarxiv-reason``: why a dead-lettered message was refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pika

from jupyter_leetarxiv.core.requests import MAX_SOURCE_BYTES
from jupyter_leetarxiv.core.wire import (
    Event,
    SubmissionRequest,
    WireError,
    check_version,
    event_from_dict,
    event_to_dict,
    validate_message,
)

SEQ_HEADER = "x-leetarxiv-seq"
DELIVERIES_HEADER = "x-leetarxiv-deliveries"
REASON_HEADER = "x-leetarxiv-reason"
JSON = "application/json"
PERSISTENT = pika.DeliveryMode.Persistent
TRANSIENT = pika.DeliveryMode.Transient
# A source at the limit is at most twice its size as JSON (escapes); stdin comes on top.
MAX_BODY_BYTES = 8 * MAX_SOURCE_BYTES


class RejectedError(ValueError):
    """A submission message no worker will judge; the text is the reason given back."""


def encode_submission(request: SubmissionRequest) -> bytes:
    data = request.to_dict()
    validate_message(data)
    return _dumps(data)


def decode_submission(body: bytes) -> SubmissionRequest:
    """The request in ``body``, or RejectedError saying why it can't be judged anywhere."""
    if len(body) > MAX_BODY_BYTES:
        raise RejectedError(f"message is larger than {MAX_BODY_BYTES // 1024} KiB")
    try:
        data = _loads(body)
        check_version(data)
        validate_message(data)
        request = SubmissionRequest.from_dict(data)
    except WireError as exc:
        raise RejectedError(str(exc)) from exc
    if len(request.source.encode()) > MAX_SOURCE_BYTES:
        raise RejectedError(f"source is larger than {MAX_SOURCE_BYTES // 1024} KiB")
    return request


def encode_event(event: Event) -> bytes:
    return _dumps(event_to_dict(event))


def decode_event(body: bytes) -> Event:
    """The event in ``body``; WireError if it is not one.

    Unlike a submission, an event is not checked against the JSON Schema here. Events come
    from workers, which hold the broker's credentials and report the verdicts: anyone who can
    publish a wrong event can publish a false verdict that passes any schema. So the check
    would catch only our own bugs, which the tests catch (every event the judge makes is
    checked there). And it cost a third of the client's work, on the server's event loop
    machine, in every event of every submission. The major version must still match, and
    the fields must build the event.
    """
    return event_from_dict(_loads(body))


@dataclass(frozen=True)
class Control:
    """A request to every worker: ``cancel`` the submission sent with ``token``, or ``ping``
    (send a heartbeat now)."""

    action: str
    token: str = ""

    def encode(self) -> bytes:
        return _dumps({"action": self.action, "token": self.token})

    @classmethod
    def decode(cls, body: bytes) -> Control:
        data = _loads(body)
        return cls(action=str(data.get("action", "")), token=str(data.get("token", "")))


def submission_properties(token: str, priority: int, reply_to: str) -> pika.BasicProperties:
    return pika.BasicProperties(
        content_type=JSON,
        delivery_mode=PERSISTENT,
        priority=priority,
        reply_to=reply_to,
        correlation_id=token,
        message_id=token,
        type="submission",
        headers={DELIVERIES_HEADER: 1},
    )


def event_properties(token: str, seq: int | None, *, final: bool) -> pika.BasicProperties:
    """Only a final event is persistent: once the worker has acked, it may be the only trace of
    the submission, and it must survive a broker restart in the reply queue.

    A progress event lost with a restart is either judged again (the submission was not acked:
    its replay brings the same sequence numbers) or skipped: the stream lets a final event end
    it over a gap (transport/streams.py). Writing every event to disk halved what a worker got
    through here, for the broker's fsyncs and the waits for their confirms.
    """
    return pika.BasicProperties(
        content_type=JSON,
        delivery_mode=PERSISTENT if final else TRANSIENT,
        correlation_id=token,
        type="event",
        headers={} if seq is None else {SEQ_HEADER: seq},
    )


def with_headers(properties: pika.BasicProperties, headers: dict[str, Any]) -> pika.BasicProperties:
    """A copy of a message's properties with ``headers`` added (for republishing it)."""
    return pika.BasicProperties(
        content_type=properties.content_type,
        delivery_mode=properties.delivery_mode,
        priority=properties.priority,
        reply_to=properties.reply_to,
        correlation_id=properties.correlation_id,
        message_id=properties.message_id,
        type=properties.type,
        headers={**(properties.headers or {}), **headers},
    )


def claimed_id(body: bytes) -> str:
    """The submission id a refused message claims, if it can be read at all (for its error)."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return ""
    return str(data.get("id", ""))[:128] if isinstance(data, dict) else ""


def header(properties: pika.BasicProperties, name: str) -> Any:
    return (properties.headers or {}).get(name)


def _dumps(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def _loads(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WireError(f"not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise WireError("not a JSON object")
    return data

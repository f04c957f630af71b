"""Faults: a worker killed mid-run, a broker restart, poison messages, a client that went away.

Each ends with the same checks: every submission gets one result, its tests arrive once each and
in order, and the workers are still there to judge the next one.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
from typing import Any

import pika

from jupyter_leetarxiv.core.requests import MAX_SOURCE_BYTES
from jupyter_leetarxiv.core.wire import Error, Event, SubmissionRequest, TestResult
from jupyter_leetarxiv.transport.rabbitmq import RabbitDispatcher, Topology
from jupyter_leetarxiv.transport.rabbitmq.connection import Backoff
from jupyter_leetarxiv.transport.rabbitmq.messages import (
    REASON_HEADER,
    decode_event,
    encode_submission,
    submission_properties,
)
from jupyter_leetarxiv.transport.rabbitmq.status import read_status
from jupyter_leetarxiv.transport.rabbitmq.topology import declare_reply_queue

from .brokertools import (
    AC,
    PATIENCE,
    SLOW_AC,
    Broker,
    Workers,
    collect,
    judged_in_order,
    request,
    wait_for,
)

FAST_RECONNECT = Backoff(first=0.2, cap=1.0)


def judged_by(rabbit: Broker) -> dict[int, int]:
    """Submissions finished, per live worker's pid."""
    return {w.pid: w.judged for w in read_status(rabbit.url, rabbit.topology).workers}


def drain(rabbit: Broker, queue: str) -> list[tuple[Any, bytes]]:
    """Every message in ``queue``: (properties, body)."""

    def get_all(channel: Any) -> list[tuple[Any, bytes]]:
        messages: list[tuple[Any, bytes]] = []
        while True:
            method, properties, body = channel.basic_get(queue, auto_ack=True)
            if method is None:
                return messages
            messages.append((properties, body))

    result: list[tuple[Any, bytes]] = rabbit.run(get_all)
    return result


def test_a_killed_worker_submission_is_finished_by_another(
    rabbit: Broker, topology: Topology, workers: Workers
) -> None:
    doomed = workers.start(concurrency=1)
    req = request(SLOW_AC)
    survivor: list[subprocess.Popen[bytes]] = []

    async def scenario() -> list[Event]:
        async with RabbitDispatcher(rabbit.url, topology) as dispatcher:
            events = []
            async for event in dispatcher.submit(req):
                events.append(event)
                if event.type == "test" and not survivor:
                    doomed.kill()  # SIGKILL mid-run: no goodbye, the submission is unacked
                    survivor.append(await asyncio.to_thread(workers.start, 1))
            return events

    events = asyncio.run(scenario())
    assert doomed.wait() < 0
    assert judged_in_order(events)  # one result, no test lost or repeated
    assert judged_by(rabbit) == {survivor[0].pid: 1}


def test_submissions_in_flight_survive_a_broker_restart(
    rabbit: Broker, topology: Topology, workers: Workers
) -> None:
    workers.start(concurrency=1)
    before = [request(SLOW_AC, user=f"u{n}") for n in range(3)]
    during = request(AC)  # submitted while the broker is down

    async def scenario() -> list[list[Event]]:
        async with RabbitDispatcher(rabbit.url, topology, backoff=FAST_RECONNECT) as dispatcher:
            started = asyncio.Event()

            async def follow(req: SubmissionRequest) -> list[Event]:
                events = []
                async for event in dispatcher.submit(req):
                    events.append(event)
                    if event.type == "test":
                        started.set()
                return events

            tasks = [asyncio.create_task(follow(req)) for req in before]
            await started.wait()
            await asyncio.to_thread(rabbitmqctl, "stop_app")
            try:
                tasks.append(asyncio.create_task(follow(during)))
                await asyncio.sleep(0)  # let it reach the dispatcher while the broker is down
            finally:
                await asyncio.to_thread(rabbitmqctl, "start_app")
                await asyncio.to_thread(rabbitmqctl, "await_startup")
            return list(await asyncio.gather(*tasks))

    for events in asyncio.run(scenario()):
        assert judged_in_order(events)


def rabbitmqctl(*args: str) -> None:
    subprocess.run(["rabbitmqctl", *args], check=True, capture_output=True, timeout=PATIENCE)


def test_poison_messages_are_dead_lettered_with_a_reason_and_answered(
    rabbit: Broker, topology: Topology, workers: Workers
) -> None:
    worker = workers.start(concurrency=1)
    replies = topology.reply_queue("poison")
    good = request().to_dict()
    raw = {
        "bad-json": b'{"v": "1.0", "id": ',
        "version-2": json.dumps({**good, "v": "2.0"}).encode(),
    }

    def publish_raw(channel: Any) -> None:
        declare_reply_queue(channel, replies, expires=PATIENCE)
        for token, body in raw.items():
            channel.basic_publish("", topology.submissions, body, poison_properties(token, replies))

    rabbit.run(publish_raw)
    unknown = SubmissionRequest(problem="aplusb", language="cobol-2099", source=AC)
    oversize = request("#" * (MAX_SOURCE_BYTES + 1) + "\n" + AC)

    async def scenario() -> list[list[Event]]:
        async with RabbitDispatcher(rabbit.url, topology) as dispatcher:
            return [await collect(dispatcher, r) for r in (unknown, oversize, request())]

    rejected_unknown, rejected_oversize, afterwards = asyncio.run(scenario())
    for events, says in ((rejected_unknown, "cobol-2099"), (rejected_oversize, "larger than")):
        assert [e.type for e in events] == ["queued", "error"]
        assert isinstance(events[-1], Error) and says in events[-1].message
    assert judged_in_order(afterwards)  # the worker carried on
    assert worker.poll() is None

    wait_for(lambda: rabbit.depth(replies)[0] == 2, "the error events of the raw messages")
    answers = {p.correlation_id: decode_event(body) for p, body in drain(rabbit, replies)}
    assert answers.keys() == raw.keys()
    assert all(isinstance(e, Error) for e in answers.values())
    assert "version 2.0 is not supported" in str(answers["version-2"])

    dead = drain(rabbit, topology.dead_letters)
    reasons = sorted(str(p.headers[REASON_HEADER]) for p, _ in dead)
    assert len(reasons) == 4
    assert any(r.startswith("not JSON") for r in reasons)
    assert any("wire version 2.0" in r for r in reasons)
    assert any("cobol-2099" in r for r in reasons)
    assert any("source is larger than" in r for r in reasons)
    rabbit.run(lambda channel: channel.queue_delete(replies))


def poison_properties(token: str, reply_to: str) -> pika.BasicProperties:
    return submission_properties(token, priority=0, reply_to=reply_to)


def test_a_client_that_went_away_does_not_harm_the_worker(
    rabbit: Broker, topology: Topology, workers: Workers
) -> None:
    worker = workers.start(concurrency=1)
    gone = topology.reply_queue("gone")
    body = encode_submission(request(SLOW_AC))

    def submit_and_vanish(channel: Any) -> None:
        declare_reply_queue(channel, gone, expires=PATIENCE)
        channel.basic_publish("", topology.submissions, body, poison_properties("t", gone))

    rabbit.run(submit_and_vanish)
    wait_for(lambda: rabbit.depth(gone)[0] >= 3, "the first events of the vanished client")
    rabbit.run(lambda channel: channel.queue_delete(gone))

    async def scenario() -> list[Event]:
        async with RabbitDispatcher(rabbit.url, topology) as dispatcher:
            return await collect(dispatcher, request())

    assert judged_in_order(asyncio.run(scenario()))
    assert worker.poll() is None
    # Both acked: the abandoned one ran to its end, publishing into the void.
    wait_for(lambda: judged_by(rabbit) == {worker.pid: 2}, "both submissions to be acked")
    assert rabbit.depth(topology.submissions)[0] == 0


def test_a_stopped_worker_finishes_what_it_holds_and_takes_nothing_more(
    rabbit: Broker, topology: Topology, workers: Workers
) -> None:
    worker = workers.start(concurrency=1)
    held, left = request(SLOW_AC), request(SLOW_AC)

    async def scenario() -> list[Event]:
        async with RabbitDispatcher(rabbit.url, topology) as dispatcher:
            events: list[Event] = []
            later = dispatcher.submit(left)
            async for event in dispatcher.submit(held):
                events.append(event)
                if isinstance(event, TestResult) and event.index == 1:
                    assert (await anext(later)).type == "queued"
                    worker.terminate()  # SIGTERM: drain
            assert worker.wait() == 0
            assert rabbit.depth(topology.submissions)[0] == 1  # left is still waiting
            await later.aclose()
            return events

    assert judged_in_order(asyncio.run(scenario()))

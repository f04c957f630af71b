"""Judging through a real RabbitMQ and real ``leetarxiv worker`` processes: the happy paths."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

import pika.exceptions
import pytest

from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import Compiled, Error, Event, Result, SubmissionRequest
from jupyter_leetarxiv.transport.rabbitmq import BrokerUnavailableError, RabbitDispatcher, Topology

from .brokertools import PROBLEMS, SLOW_AC, Broker, Workers, collect, judged_in_order, request

E2E_PROGRAM = PROBLEMS.parent / "programs" / "ac_aplusb.py"


def test_round_trip_relays_every_event_in_order(
    rabbit: Broker, topology: Topology, workers: Workers
) -> None:
    workers.start(concurrency=2)
    requests = [request(user=f"u{n}") for n in range(4)]

    dispatcher = RabbitDispatcher(rabbit.url, topology)

    async def scenario() -> list[list[Event]]:
        async with dispatcher:
            return list(await asyncio.gather(*(collect(dispatcher, r) for r in requests)))

    streams = asyncio.run(scenario())
    for req, events in zip(requests, streams, strict=True):
        assert judged_in_order(events)
        assert all(e.submission == req.id for e in events)
        result = events[-1]
        assert isinstance(result, Result) and result.verdict is Verdict.AC
    with pytest.raises(pika.exceptions.ChannelClosedByBroker, match="NOT_FOUND"):
        rabbit.depth(dispatcher.reply_queue)  # closing the dispatcher deleted its reply queue


def test_the_worker_compiles_an_unchanged_source_once(
    rabbit: Broker, topology: Topology, workers: Workers
) -> None:
    workers.start(concurrency=1)

    async def scenario() -> list[list[Event]]:
        async with RabbitDispatcher(rabbit.url, topology) as dispatcher:
            return [await collect(dispatcher, request()) for _ in range(2)]

    first, second = (
        next(e for e in events if isinstance(e, Compiled)) for events in asyncio.run(scenario())
    )
    assert (first.ok, first.cached, second.ok, second.cached) == (True, False, True, True)


def test_cancel_ends_the_stream_and_frees_the_worker(
    rabbit: Broker, topology: Topology, workers: Workers
) -> None:
    workers.start(concurrency=1)
    slow, queued, after = request(SLOW_AC), request(), request()

    async def scenario() -> tuple[list[Event], list[Event], list[Event]]:
        async with RabbitDispatcher(rabbit.url, topology) as dispatcher:
            first: list[Event] = []
            second: list[Event] = []
            started = asyncio.Event()

            async def follow(req: SubmissionRequest, into: list[Event]) -> None:
                async for event in dispatcher.submit(req):
                    into.append(event)
                    if event.type == "test":
                        started.set()

            running = asyncio.create_task(follow(slow, first))
            await started.wait()
            waiting = asyncio.create_task(follow(queued, second))
            while not second:
                await asyncio.sleep(0.05)  # until it is queued
            assert await dispatcher.cancel(queued.id)
            assert await dispatcher.cancel(slow.id)
            assert not await dispatcher.cancel("nope")
            await asyncio.gather(running, waiting)
            return first, second, await collect(dispatcher, after)

    first, second, third = asyncio.run(scenario())
    assert isinstance(first[-1], Error) and first[-1].message == "cancelled"
    assert [e.type for e in second] == ["queued", "error"]
    assert judged_in_order(third)


def test_judge_command_through_the_broker_matches_judging_here(
    rabbit: Broker, topology: Topology, workers: Workers
) -> None:
    workers.start(concurrency=1)
    env = {
        **os.environ,
        "LEETARXIV_BROKER_PREFIX": topology.prefix,
        "LEETARXIV_PROBLEM_DIRS": str(PROBLEMS),
    }
    env.pop("LEETARXIV_BROKER_URL", None)
    judge = [sys.executable, "-m", "jupyter_leetarxiv.cli.main", "judge", "--json"]
    remote = subprocess.run(
        [*judge, "--broker", rabbit.url, "aplusb", str(E2E_PROGRAM)],
        env=env,
        capture_output=True,
        text=True,
    )
    local = subprocess.run(
        [*judge, str(PROBLEMS / "aplusb"), str(E2E_PROGRAM)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert remote.returncode == local.returncode == 0, remote.stderr
    there, here = json.loads(remote.stdout), json.loads(local.stdout)
    assert there.keys() == here.keys()
    for key in ("verdict", "passed", "total", "toolchain", "problem_version"):
        assert there[key] == here[key]
    assert [(t["name"], t["verdict"]) for t in there["tests"]] == [
        (t["name"], t["verdict"]) for t in here["tests"]
    ]

    by_path = subprocess.run(
        [*judge, "--broker", rabbit.url, str(PROBLEMS / "aplusb"), str(E2E_PROGRAM)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert by_path.returncode == 2 and "problem id" in by_path.stderr


def test_worker_status_shows_queues_and_live_workers(
    rabbit: Broker, topology: Topology, workers: Workers
) -> None:
    status = [sys.executable, "-m", "jupyter_leetarxiv.cli.main", "worker", "--status", "--json"]
    status += ["--broker", rabbit.url, "--prefix", topology.prefix]
    nobody = subprocess.run(status, capture_output=True, text=True)
    assert nobody.returncode == 1 and json.loads(nobody.stdout)["workers"] == []

    worker = workers.start(concurrency=2)
    shown = subprocess.run(status, capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    report = json.loads(shown.stdout)
    assert [(w["pid"], w["concurrency"], w["judged"]) for w in report["workers"]] == [
        (worker.pid, 2, 0)
    ]
    depths = {q["queue"]: (q["messages"], q["consumers"]) for q in report["queues"]}
    assert depths == {topology.submissions: (0, 1), topology.dead_letters: (0, 0)}


def test_unreachable_broker_is_reported_at_start() -> None:
    async def scenario() -> None:
        async with RabbitDispatcher("amqp://guest:secret@127.0.0.1:1/%2F", connect_timeout=1.0):
            pass

    with pytest.raises(BrokerUnavailableError, match=r"127\.0\.0\.1") as caught:
        asyncio.run(scenario())
    assert "secret" not in str(caught.value)

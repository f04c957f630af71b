"""Helpers for the transport tests: requests, event collection, a broker handle, workers."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pika
import pika.exceptions
import pytest

from jupyter_leetarxiv.core.wire import Event, Mode, SubmissionRequest, TestResult, is_final
from jupyter_leetarxiv.transport.base import Dispatcher
from jupyter_leetarxiv.transport.rabbitmq import Topology
from jupyter_leetarxiv.transport.rabbitmq.status import read_status

BROKER_URL = os.environ.get("LEETARXIV_TEST_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/%2F")
PROBLEMS = Path(__file__).parents[1] / "e2e" / "problems"
AC = "a, b = map(int, input().split())\nprint(a + b)\n"
# Sleeps (no CPU) before answering, so a submission is still being judged when a test acts.
SLOW_AC = "import time\ntime.sleep(0.4)\n" + AC
PATIENCE = 180.0  # seconds to wait for something that should happen much sooner


def request(source: str = AC, user: str = "", mode: Mode = Mode.SUBMIT) -> SubmissionRequest:
    return SubmissionRequest(
        problem="aplusb", language="python3", source=source, user=user, mode=mode
    )


def judged_in_order(events: list[Event]) -> bool:
    """queued, compiling, compiled, tests 1..10 once each, result: nothing lost or repeated."""
    types = [e.type for e in events]
    tests = [e.index for e in events if isinstance(e, TestResult)]
    expected = ["queued", "compiling", "compiled"] + ["test"] * 10 + ["result"]
    return types == expected and tests == list(range(1, 11))


async def collect(dispatcher: Dispatcher, req: SubmissionRequest) -> list[Event]:
    return [event async for event in dispatcher.submit(req)]


async def finals_until(
    dispatcher: Dispatcher, requests: list[SubmissionRequest], last: SubmissionRequest
) -> list[Event]:
    """Queue ``requests`` in order, each confirmed queued before the next is sent; return the
    final events in the order they arrive, up to ``last``'s; then cancel the rest."""
    finals: list[Event] = []
    queued: asyncio.Queue[None] = asyncio.Queue()
    done = asyncio.Event()

    async def follow(req: SubmissionRequest) -> None:
        async for event in dispatcher.submit(req):
            if event.type == "queued":
                queued.put_nowait(None)
            if is_final(event) and not done.is_set():
                finals.append(event)
                if req.id == last.id:
                    done.set()

    tasks = []
    for req in requests:
        tasks.append(asyncio.create_task(follow(req)))
        await queued.get()
    await done.wait()
    for req in requests:
        await dispatcher.cancel(req.id)
    await asyncio.gather(*tasks)
    return finals


def wait_for(condition: Callable[[], bool], what: str, patience: float = PATIENCE) -> None:
    """Poll until ``condition()``; fail naming ``what`` if it never happens (not a timing
    check: the deadline only keeps a broken run from hanging)."""
    deadline = time.monotonic() + patience
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.1)


def reachable(url: str) -> bool:
    try:
        pika.BlockingConnection(pika.URLParameters(url)).close()
    except pika.exceptions.AMQPError:
        return False
    return True


class Broker:
    """Short-lived connections to look at or poke the broker from a test."""

    def __init__(self, url: str, topology: Topology) -> None:
        self.url = url
        self.topology = topology

    def run(self, fn: Callable[[Any], Any]) -> Any:
        connection = pika.BlockingConnection(pika.URLParameters(self.url))
        try:
            return fn(connection.channel())
        finally:
            if connection.is_open:
                connection.close()

    def depth(self, queue: str) -> tuple[int, int]:
        """(messages waiting, consumers) of ``queue``."""
        method = self.run(lambda ch: ch.queue_declare(queue, passive=True).method)
        return int(method.message_count), int(method.consumer_count)

    def delete(self) -> None:
        def drop(channel: Any) -> None:
            for queue in self.topology.queues:
                channel.queue_delete(queue)
            for exchange in self.topology.exchanges:
                channel.exchange_delete(exchange)

        self.run(drop)


class Workers:
    """``leetarxiv worker`` processes on one test's topology."""

    def __init__(self, broker: Broker, logs: Path) -> None:
        self.broker = broker
        self.logs = logs
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, concurrency: int = 1) -> subprocess.Popen[bytes]:
        """Start a worker and wait until it consumes from the submissions queue."""
        env = {
            **os.environ,
            "LEETARXIV_PROBLEM_DIRS": str(PROBLEMS),
            "LEETARXIV_COMPILE_CACHE": str(self.logs / "compile-cache"),  # this test's own
        }
        argv = [sys.executable, "-m", "jupyter_leetarxiv.cli.main", "worker"]
        argv += ["--broker", self.broker.url, "--prefix", self.broker.topology.prefix]
        argv += ["--concurrency", str(concurrency), "--heartbeat", "1"]
        with open(self.logs / f"worker-{len(self.processes)}.log", "wb") as log:
            process = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT)
        self.processes.append(process)
        wait_for(lambda: process.pid in self.live_pids(), "the worker to start")
        return process

    def live_pids(self) -> set[int]:
        """Workers that answer a ping: they are connected and consuming."""
        return {w.pid for w in read_status(self.broker.url, self.broker.topology).workers}

    def stop(self) -> None:
        """SIGTERM (finish what is in hand), then wait; SIGKILL only a worker that hangs."""
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=PATIENCE)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


async def other_user_overtakes(dispatcher: Dispatcher) -> tuple[Event, int]:
    """User a queues 30 sample runs, then user b one: b's final event, and how many of a's
    finished before it."""
    mine = [request(user="a", mode=Mode.RUN) for _ in range(30)]
    theirs = request(user="b", mode=Mode.RUN)
    finals = await finals_until(dispatcher, [*mine, theirs], theirs)
    return finals[-1], len(finals) - 1


async def run_overtakes_submissions(dispatcher: Dispatcher) -> tuple[Event, int]:
    """A user queues 8 full submissions, then a sample run: the run's final event, and how
    many of the submissions finished before it."""
    submissions = [request(user="a") for _ in range(8)]
    run = request(user="a", mode=Mode.RUN)
    finals = await finals_until(dispatcher, [*submissions, run], run)
    return finals[-1], len(finals) - 1

"""End to end with real processes: a `jupyter server`, RabbitMQ and a `leetarxiv worker`."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from .helpers import AC_PYTHON
from .process import BROKER, Server, free_port, port_open, start_server, start_worker, stop

SLOW_AC = (
    "import sys, time\ntime.sleep(0.3)\na, b = map(int, sys.stdin.read().split())\nprint(a + b)\n"
)
GOOD = {"problem": "aplusb", "language": "python3", "source": AC_PYTHON}

needs_rabbitmq = pytest.mark.skipif(
    not port_open("127.0.0.1", 5672), reason="no RabbitMQ at 127.0.0.1:5672"
)


@contextlib.contextmanager
def server(home: Path, **settings: object) -> Iterator[Server]:
    running = start_server(home, **settings)
    try:
        yield running
    finally:
        running.stop()


def test_a_submission_in_flight_when_the_server_dies_is_judged_after_restart(
    tmp_path: Path,
) -> None:
    first = start_server(tmp_path)
    try:
        code, created = first.call("POST", "submissions", {**GOOD, "source": SLOW_AC})
        assert code == 202
        submission = created["id"]
        seen = first.events(submission, until="test")  # judging has begun
        assert seen[-1]["type"] == "test", seen
        assert first.call("GET", f"submissions/{submission}")[1]["state"] == "running"
    finally:
        first.kill()
    with server(tmp_path) as second:
        detail = second.wait_until(submission, "done", "error")
        assert detail["verdict"] == "AC"
        assert (detail["passed"], detail["total"]) == (10, 10)
        replayed = second.events(submission)
        assert [e["type"] for e in replayed].count("test") == 10  # one attempt, not two
        assert replayed[-1]["type"] == "result"


def test_finished_submissions_are_kept_across_restarts(tmp_path: Path) -> None:
    with server(tmp_path) as first:
        code, created = first.call("POST", "submissions", GOOD)
        assert code == 202
        events = first.events(created["id"])
    with server(tmp_path) as second:
        code, listed = second.call("GET", "submissions")
        assert code == 200, listed
        assert [s["id"] for s in listed["submissions"]] == [created["id"]]
        assert listed["submissions"][0]["verdict"] == "AC"
        assert second.events(created["id"]) == events


@needs_rabbitmq
def test_judged_through_rabbitmq_by_a_worker(tmp_path: Path) -> None:
    prefix = f"leetarxiv-test-{uuid.uuid4().hex[:8]}"
    worker = start_worker(tmp_path, prefix)
    try:
        with server(tmp_path, broker_url=BROKER, broker_prefix=prefix) as running:
            code, created = running.call("POST", "submissions", GOOD)
            assert code == 202
            assert created["queue"] in ("waiting for broker", "broker")
            events = running.events(created["id"])
            assert events[0]["type"] == "queued"
            assert [e["type"] for e in events].count("test") == 10
            assert events[-1]["verdict"] == "AC"
            detail = running.wait_until(created["id"], "done")
            assert detail["verdict"] == "AC"
    finally:
        stop(worker)


class Proxy:
    """A TCP forwarder to RabbitMQ that is not listening until ``open()``: a broker outage."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.port = free_port()
        self.target = target
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._server: asyncio.Server | None = None

    def open(self) -> None:
        start = asyncio.start_server(self._pipe, "127.0.0.1", self.port)
        self._server = asyncio.run_coroutine_threadsafe(start, self._loop).result(10)

    def close(self) -> None:
        if self._server is not None:
            closing = self._server.close
            self._loop.call_soon_threadsafe(closing)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)

        async def copy(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError):
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            sink.close()

        await asyncio.gather(copy(reader, upstream_writer), copy(upstream_reader, writer))


@needs_rabbitmq
def test_with_the_broker_down_submissions_wait_and_are_judged_once_it_is_up(
    tmp_path: Path,
) -> None:
    prefix = f"leetarxiv-test-{uuid.uuid4().hex[:8]}"
    proxy = Proxy(("127.0.0.1", 5672))
    broker = f"amqp://guest:guest@127.0.0.1:{proxy.port}/"
    worker = start_worker(tmp_path, prefix)  # the worker reaches the broker directly
    try:
        with server(
            tmp_path, broker_url=broker, broker_prefix=prefix, broker_connect_timeout=1.0
        ) as running:
            code, created = running.call("POST", "submissions", GOOD)
            assert code == 202
            assert created["state"] == "queued"
            assert created["queue"] == "waiting for broker"
            code, detail = running.call("GET", f"submissions/{created['id']}")
            assert (detail["state"], detail["queue"]) == ("queued", "waiting for broker")
            proxy.open()
            events = running.events(created["id"])
            assert events[-1]["verdict"] == "AC"
    finally:
        stop(worker)
        proxy.close()


def test_the_judge_magic_in_a_kernel_of_the_server_submits_through_the_api(
    tmp_path: Path,
) -> None:
    """The kernel gets the API's URL and its token from the server, and %%judge uses them."""
    with server(tmp_path) as running:
        kernel = running.start_kernel()
        for cell in ("%load_ext jupyter_leetarxiv", f"%%judge python3 aplusb\n{AC_PYTHON}"):
            messages = running.execute(kernel, cell)
            errors = [m["content"] for m in messages if m["msg_type"] == "error"]
            assert not errors, errors
        shown = [m["content"]["data"].get("text/plain") for m in messages if "data" in m["content"]]
        code, listed = running.call("GET", "submissions")
        assert code == 200
        assert len(listed["submissions"]) == 1, shown
        [submission] = listed["submissions"]
        detail = running.wait_until(submission["id"], "done")
        assert (detail["problem"], detail["verdict"]) == ("aplusb", "AC")

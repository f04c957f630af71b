"""Throughput of judging: through RabbitMQ to 1 and 2 workers, the embedded pool, and bare runs.

Usage: python bench/throughput.py [--submissions 1000] [--users 50] [--rounds 4] [--broker URL]
                                  [--only bare,embedded,broker-1,broker-2]

Every submission is the same accepted Python 3 program for tests/e2e/problems/aplusb (10 tests:
2 samples, 8 secret). USERS simulated users each submit their share one after another (the next
when the last one's result is in), so USERS submissions are in flight at any time. Each worker
judges one submission at a time (``--concurrency 1``): two workers use the machine's two cores,
as does the embedded pool with two threads, and the 2-vs-1 ratio says what a second worker adds.
"bare" runs the same program on each test's input with a plain subprocess, two at a time, with
no judge and no sandbox: the ceiling.

Checks, for each way: every submission gets exactly one result, after tests 1..10 once each
(none lost); through the broker, the workers' own counts add up to the number of submissions
(none judged twice). Verdicts other than AC are counted: on a loaded machine a test can pass its
wall-clock limit. Prints throughput (submissions/s), p50/p95 latency (submit to result) and
the ratios. The ways take turns, ROUNDS times a share of the submissions each, so that load from
anything else on the machine falls on all of them alike. Figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pika

from jupyter_leetarxiv.core.catalog import Catalog
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import Event, Result, SubmissionRequest, TestResult
from jupyter_leetarxiv.sandbox.local import LocalSandbox
from jupyter_leetarxiv.transport.base import Dispatcher
from jupyter_leetarxiv.transport.embedded import EmbeddedDispatcher
from jupyter_leetarxiv.transport.rabbitmq import RabbitDispatcher, Topology
from jupyter_leetarxiv.transport.rabbitmq.status import read_status

PROBLEMS = Path(__file__).resolve().parents[1] / "tests" / "e2e" / "problems"
SOURCE = "a, b = map(int, input().split())\nprint(a + b)\n"
PYTHON = "/usr/bin/python3"  # what the python3 language runs in the sandbox
CORES = 2
WAYS = ("bare", "embedded", "broker-1", "broker-2")


@dataclass
class Figures:
    way: str
    submissions: int
    seconds: float
    latencies: list[float]
    rejected: int = 0  # judged, but not AC (wall-clock limits on a loaded machine)

    @property
    def throughput(self) -> float:
        return self.submissions / self.seconds

    def percentile(self, p: int) -> float:
        return statistics.quantiles(self.latencies, n=100)[p - 1]

    def add(self, more: Figures) -> Figures:
        return Figures(
            self.way,
            self.submissions + more.submissions,
            self.seconds + more.seconds,
            self.latencies + more.latencies,
            self.rejected + more.rejected,
        )


def judged_once(events: list[Event], tests: int) -> bool:
    """Tests 1..N each exactly once, then one result. The verdict is not the transport's
    business: on a loaded machine a test can exceed its wall-clock limit (TLE)."""
    indices = [e.index for e in events if isinstance(e, TestResult)]
    results = [e for e in events if isinstance(e, Result)]
    return indices == list(range(1, tests + 1)) and len(results) == 1 and events[-1] is results[0]


def accepted(events: list[Event]) -> bool:
    return isinstance(events[-1], Result) and events[-1].verdict is Verdict.AC


async def closed_loop(dispatcher: Dispatcher, way: str, n: int, users: int, tests: int) -> Figures:
    """USERS users, each submitting its share one at a time; fails if anything is off."""
    latencies: list[float] = []
    broken: list[list[Event]] = []
    rejected = 0

    async def user(name: str, count: int) -> None:
        for _ in range(count):
            req = SubmissionRequest(problem="aplusb", language="python3", source=SOURCE, user=name)
            began = time.perf_counter()
            events = [event async for event in dispatcher.submit(req)]
            latencies.append(time.perf_counter() - began)
            if not judged_once(events, tests):
                broken.append(events)
            elif not accepted(events):
                nonlocal rejected
                rejected += 1

    shares = [n // users + (i < n % users) for i in range(users)]
    began = time.perf_counter()
    await asyncio.gather(*(user(f"user{i}", share) for i, share in enumerate(shares)))
    seconds = time.perf_counter() - began
    if broken or len(latencies) != n:
        example = broken[0][-1] if broken else None
        raise SystemExit(f"{way}: {len(broken)} not judged exactly once, e.g. ending {example}")
    return Figures(way, n, seconds, latencies, rejected)


def bare(n: int, inputs: list[tuple[bytes, bytes]], program: Path) -> Figures:
    """The same program on every test's input, CORES at a time: no judge, no sandbox."""

    def one_submission() -> float:
        began = time.perf_counter()
        for given, expected in inputs:
            out = subprocess.run([PYTHON, str(program)], input=given, capture_output=True)
            if out.stdout.split() != expected.split():
                raise SystemExit("bare: wrong answer")
        return time.perf_counter() - began

    began = time.perf_counter()
    with ThreadPoolExecutor(CORES) as pool:
        latencies = list(pool.map(lambda _: one_submission(), range(n)))
    return Figures("bare", n, time.perf_counter() - began, latencies)


def embedded(n: int, users: int, tests: int) -> Figures:
    async def run() -> Figures:
        catalog = Catalog.load(problem_dirs=[PROBLEMS])
        async with EmbeddedDispatcher(catalog, LocalSandbox(), workers=CORES) as dispatcher:
            return await closed_loop(dispatcher, "embedded", n, users, tests)

    return asyncio.run(run())


def through_broker(url: str, workers: int, n: int, users: int, tests: int) -> Figures:
    topology = Topology(prefix=f"bench-{uuid.uuid4().hex[:8]}")
    processes = [start_worker(url, topology) for _ in range(workers)]
    try:
        wait_until(lambda: len(read_status(url, topology).workers) == workers)

        async def run() -> Figures:
            async with RabbitDispatcher(url, topology) as dispatcher:
                return await closed_loop(dispatcher, f"broker-{workers}", n, users, tests)

        figures = asyncio.run(run())
        wait_until(lambda: sum(w.judged for w in read_status(url, topology).workers) >= n)
        judged = sum(w.judged for w in read_status(url, topology).workers)
        if judged != n:
            raise SystemExit(f"broker-{workers}: the workers judged {judged} of {n} submissions")
        return figures
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait()
        delete(url, topology)


def start_worker(url: str, topology: Topology) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "jupyter_leetarxiv.cli.main", "worker", "--broker", url]
    # Every submission is compiled, as the embedded pool here does: 50 users' distinct sources
    # would not hit the compile cache, and 1,000 copies of one source would.
    argv += ["--prefix", topology.prefix, "--concurrency", "1", "--no-cache"]
    env = {**os.environ, "LEETARXIV_PROBLEM_DIRS": str(PROBLEMS)}
    return subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_until(condition: Callable[[], bool]) -> None:
    while not condition():
        time.sleep(0.2)


def delete(url: str, topology: Topology) -> None:
    connection = pika.BlockingConnection(pika.URLParameters(url))
    channel: Any = connection.channel()
    for queue in topology.queues:
        channel.queue_delete(queue)
    for exchange in topology.exchanges:
        channel.exchange_delete(exchange)
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--submissions", type=int, default=1000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument(
        "--broker",
        default=os.environ.get("LEETARXIV_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/%2F"),
    )
    parser.add_argument("--only", default=",".join(WAYS), help="comma-separated subset of ways")
    args = parser.parse_args()
    ways = args.only.split(",")
    n, users = args.submissions, args.users
    cases = Catalog.load(problem_dirs=[PROBLEMS]).problem("aplusb").cases()
    inputs = [(c.input.read_bytes(), c.answer.read_bytes()) for c in cases]
    results: dict[str, Figures] = {}
    share = n // args.rounds
    loads: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        program = Path(scratch) / "aplusb.py"
        program.write_text(SOURCE)
        for round_ in range(1, args.rounds + 1):
            for way in ways:
                print(f"round {round_}, {way}: {share} submissions", file=sys.stderr, flush=True)
                if way == "bare":
                    figures = bare(share, inputs, program)
                elif way == "embedded":
                    figures = embedded(share, users, len(cases))
                else:
                    count = int(way.removeprefix("broker-"))
                    figures = through_broker(args.broker, count, share, users, len(cases))
                results[way] = results[way].add(figures) if way in results else figures
                loads.append(os.getloadavg()[0])
            report(results, len(cases), users, round_, loads)


def report(
    results: dict[str, Figures], tests: int, users: int, rounds: int, loads: list[float]
) -> None:
    """The figures so far (printed after every round, so a long run that is cut short says
    something)."""
    submissions = next(iter(results.values())).submissions
    print(
        f"\n{submissions} submissions x {tests} tests per way, {users} users, "
        f"{rounds} round(s); load average {min(loads):.1f} to {max(loads):.1f}"
    )
    print("| way | submissions/s | p50 latency (s) | p95 latency (s) | wall (s) | not AC |")
    print("|---|---|---|---|---|---|")
    for fig in results.values():
        print(
            f"| {fig.way} | {fig.throughput:.2f} | {fig.percentile(50):.2f} "
            f"| {fig.percentile(95):.2f} | {fig.seconds:.1f} | {fig.rejected} |"
        )
    print(f"\nbroker, 2 workers / 1 worker: {ratio(results, 'broker-2', 'broker-1')}")
    print(f"broker, 2 workers / embedded (2 threads): {ratio(results, 'broker-2', 'embedded')}")
    print(f"embedded / bare: {ratio(results, 'embedded', 'bare')}", flush=True)


def ratio(results: dict[str, Figures], a: str, b: str) -> str:
    if a not in results or b not in results:
        return "-"
    return f"{results[a].throughput / results[b].throughput:.2f}"


if __name__ == "__main__":
    main()

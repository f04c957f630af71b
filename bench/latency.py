"""Server latency: HTTP submit to the final event on the WebSocket, embedded and via RabbitMQ.

A real ``jupyter server`` with the extension judges a Python 3 a+b program on a problem with 10
sample tests (mode ``run``: the notebook's quick check). Each run is timed from the POST to the
final event, and compared with judging the same submission in-process, without a server.

    .venv/bin/python bench/latency.py --runs 30
    .venv/bin/python bench/latency.py --transport rabbitmq --broker amqp://guest:guest@host/

Prints a Markdown table for docs/benchmarks.md ("Server latency"). "programs" is the time the
events report (compile plus the 10 runs' wall time); "rest" is everything else: sandbox set-up
between runs, and for the server rows HTTP, the store, the dispatcher and the WebSocket. The
in-process row judges the same submission without a server, as the baseline.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

ROOT = Path(__file__).resolve().parents[1]
EXTENSION_JSON = ROOT / "jupyter-config" / "server-config" / "jupyter_leetarxiv.json"
SOURCE = "import sys\na, b = map(int, sys.stdin.read().split())\nprint(a + b)\n"
FINAL = {"result", "output", "error"}
SAMPLES = 10


@dataclass
class Run:
    total: float  # seconds from the POST to the final event
    judge: float  # compile + sandboxed runs, as reported by the events


def make_problem(bank: Path) -> str:
    """A 2025-09 package with SAMPLES sample tests (and the one secret test the format needs)."""
    root = bank / "latency10"
    for group in ("sample", "secret"):
        (root / "data" / group).mkdir(parents=True)
    (root / "problem.yaml").write_text(
        'problem_format_version: "2025-09"\nname: Latency\nlimits:\n  time_limit: 2\n'
    )
    for n in range(1, SAMPLES + 1):
        (root / "data" / "sample" / f"{n:02}.in").write_text(f"{n} {n * 7}\n")
        (root / "data" / "sample" / f"{n:02}.ans").write_text(f"{n * 8}\n")
    (root / "data" / "secret" / "01.in").write_text("1 1\n")
    (root / "data" / "secret" / "01.ans").write_text("2\n")
    return root.name


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(
    home: Path, bank: Path, settings: dict[str, Any]
) -> tuple[subprocess.Popen[bytes], str, str]:
    config_dir = home / "config"
    (config_dir / "jupyter_server_config.d").mkdir(parents=True)
    (config_dir / "jupyter_server_config.d" / EXTENSION_JSON.name).write_text(
        EXTENSION_JSON.read_text()
    )
    others = ("jupyterlab", "notebook_shim", "jupyter_lsp", "jupyter_server_terminals")
    config = {
        "ServerApp": {"jpserver_extensions": dict.fromkeys(others, False)},
        "LeetArxiv": {
            "problem_dirs": [str(bank)],
            "store_path": str(home / "submissions.sqlite"),
            "rate_limit": 0.0,
            **settings,
        },
    }
    (config_dir / "jupyter_server_config.json").write_text(json.dumps(config))
    port, token = free_port(), secrets.token_hex(16)
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(config_dir), "HOME": str(home)}
    argv = [
        str(Path(sys.executable).parent / "jupyter-server"),
        f"--ServerApp.port={port}",
        "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={home}",
        "--allow-root",
    ]
    with (home / "server.log").open("wb") as log:
        process = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT)
    return process, f"http://127.0.0.1:{port}/leetarxiv/api", token


def start_worker(home: Path, bank: Path, broker: str, prefix: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LEETARXIV_PROBLEM_DIRS": str(bank)}
    argv = [str(Path(sys.executable).parent / "leetarxiv"), "worker", "--broker", broker]
    with (home / "worker.log").open("wb") as log:
        return subprocess.Popen(
            [*argv, "--prefix", prefix], env=env, stdout=log, stderr=subprocess.STDOUT
        )


async def wait_ready(client: AsyncHTTPClient, api: str, token: str) -> None:
    deadline = time.monotonic() + 120
    while True:
        try:
            request = HTTPRequest(f"{api}/languages", headers={"Authorization": f"token {token}"})
            if (await client.fetch(request, raise_error=False)).code == 200:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise SystemExit("the server did not start; see its log")
        await asyncio.sleep(0.2)


async def submit_and_follow(client: AsyncHTTPClient, api: str, token: str, problem: str) -> Run:
    headers = {"Authorization": f"token {token}"}
    body = json.dumps({"problem": problem, "language": "python3", "source": SOURCE, "mode": "run"})
    start = time.perf_counter()
    response = await client.fetch(
        HTTPRequest(f"{api}/submissions", method="POST", body=body, headers=headers)
    )
    submission = json.loads(response.body)["id"]
    url = api.replace("http", "ws", 1) + f"/submissions/{submission}/events"
    connection = await websocket_connect(HTTPRequest(url, headers=headers))
    judge = 0.0
    while True:
        message = await connection.read_message()
        if message is None:
            raise SystemExit(f"the event stream of {submission} ended early")
        event = json.loads(message)
        if event["type"] == "compiled":
            judge += event.get("time", 0.0)
        elif event["type"] == "test":
            judge += event["wall_time"]
        elif event["type"] in FINAL:
            total = time.perf_counter() - start
            if event.get("verdict") != "AC":
                raise SystemExit(f"expected AC, got {event}")
            break
    connection.close()
    return Run(total, judge)


async def measure(api: str, token: str, problem: str, warmup: int, runs: int) -> list[Run]:
    client = AsyncHTTPClient()
    await wait_ready(client, api, token)
    for _ in range(warmup):
        await submit_and_follow(client, api, token, problem)
    return [await submit_and_follow(client, api, token, problem) for _ in range(runs)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def row(name: str, runs: list[Run]) -> str:
    totals = [r.total * 1000 for r in runs]
    judge = [r.judge * 1000 for r in runs]
    overhead = [(r.total - r.judge) * 1000 for r in runs]
    return (
        f"| {name} | {len(runs)} | {percentile(totals, 0.5):.0f} | {percentile(totals, 0.95):.0f} "
        f"| {statistics.median(judge):.0f} | {percentile(overhead, 0.5):.0f} "
        f"| {percentile(overhead, 0.95):.0f} |"
    )


def in_process(bank: Path, problem: str, warmup: int, runs: int) -> list[Run]:
    """The same judging without a server: the baseline the server's share is measured from."""
    from jupyter_leetarxiv.core.catalog import Catalog
    from jupyter_leetarxiv.core.compile_cache import CompileCache
    from jupyter_leetarxiv.core.requests import handle_request
    from jupyter_leetarxiv.core.wire import Mode, SubmissionRequest
    from jupyter_leetarxiv.sandbox.local import LocalSandbox

    catalog, sandbox = Catalog.load([bank]), LocalSandbox()
    cache = CompileCache(bank.parent / "compile-cache")  # as the server's pool and workers have
    timed = []
    for n in range(warmup + runs):
        request = SubmissionRequest(problem, "python3", SOURCE, mode=Mode.RUN)
        start = time.perf_counter()
        events = list(handle_request(request, catalog, sandbox, cache))
        total = time.perf_counter() - start
        assert getattr(events[-1], "verdict", None) == "AC", events[-1]
        judge = sum(getattr(e, "wall_time", 0.0) for e in events if e.type == "test")
        judge += sum(getattr(e, "time", 0.0) for e in events if e.type == "compiled")
        if n >= warmup:
            timed.append(Run(total, judge))
    return timed


def bench(transport: str, args: argparse.Namespace) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        home, bank = Path(tmp), Path(tmp) / "bank"
        problem = make_problem(bank)
        if transport == "in-process":
            return row("in-process (no server)", in_process(bank, problem, args.warmup, args.runs))
        worker = None
        settings: dict[str, Any] = {"workers": args.workers}
        if transport == "rabbitmq":
            prefix = f"leetarxiv-bench-{uuid.uuid4().hex[:8]}"
            worker = start_worker(home, bank, args.broker, prefix)
            settings = {"broker_url": args.broker, "broker_prefix": prefix}
        server, api, token = start_server(home, bank, settings)
        try:
            runs = asyncio.run(measure(api, token, problem, args.warmup, args.runs))
        finally:
            for process in (server, worker):
                if process is not None:
                    process.send_signal(signal.SIGTERM)
                    process.wait(timeout=60)
        return row(transport, runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, help="embedded pool size")
    parser.add_argument(
        "--transport", choices=("in-process", "embedded", "rabbitmq", "all"), default="all"
    )
    parser.add_argument("--broker", default="amqp://guest:guest@127.0.0.1:5672/")
    args = parser.parse_args()
    every = ("in-process", "embedded", "rabbitmq")
    transports = every if args.transport == "all" else (args.transport,)
    print("| transport | runs | p50 ms | p95 ms | programs p50 ms | rest p50 ms | rest p95 ms |")
    print("|---|---|---|---|---|---|---|")
    for transport in transports:
        print(bench(transport, args), flush=True)


if __name__ == "__main__":
    main()

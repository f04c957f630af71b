"""Per-run overhead of LocalSandbox.run over a bare subprocess.run, for both kinds of box.

Usage: python bench/sandbox_overhead.py [--runs 200] [--docker [--docker-host URL] [--image NAME]]

For each kind of box (warm: one bwrap per box, whose init forks each run; per-run: a fresh bwrap
for every run, the fallback) and each program, runs the program --runs times bare and --runs
times in the box, taking turns so that background load hits both alike, and prints median and p90
wall time per run and the overhead: the box's figure minus the bare one of the same pass. The
kinds get a pass each, so that one's work (a per-run bwrap leaves namespaces for the kernel to
tear down) does not fall on the other's runs. The load average before and after is printed too:
run it on an otherwise idle machine, and say how idle it was when you quote the figures.

With --docker, a second table gives the docker backend's overhead: per submission, opening a box
(create the container, attach, start it, the runner's first word) and closing it (remove); and
per run inside an open box, as above (the engine: --docker-host, else DOCKER_HOST).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import os
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence

from jupyter_leetarxiv.sandbox.base import Box, Limits
from jupyter_leetarxiv.sandbox.local import LocalSandbox

PROGRAMS: dict[str, list[str]] = {
    "/bin/true": ["/bin/true"],
    "python3 -c pass": ["/usr/bin/python3", "-c", "pass"],
}
LIMITS = Limits(cpu_time=5)
MS = 1000.0


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def p90(xs: Sequence[float]) -> float:
    return statistics.quantiles(xs, n=10)[-1]


def load() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def measure(argv: list[str], box: Box, runs: int) -> tuple[list[float], list[float]]:
    """Wall seconds per run, bare and in the box, taking turns."""
    box.run(argv, limits=LIMITS)  # warm caches (the box's init, the page cache)
    bare: list[float] = []
    boxed: list[float] = []
    for _ in range(runs):
        bare.append(timed(functools.partial(subprocess.run, argv, check=True)))
        boxed.append(timed(functools.partial(box.run, argv, limits=LIMITS)))
    return bare, boxed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--docker", action="store_true", help="also the docker backend")
    parser.add_argument("--docker-host", help="the engine's URL (default: $DOCKER_HOST)")
    parser.add_argument("--image", default=None, help="the compiler image of the boxes")
    parser.add_argument("--boxes", type=int, default=30, help="boxes opened and closed")
    args = parser.parse_args()
    print(f"load average (1/5/15 min) before: {load()}; {os.cpu_count()} CPUs")
    results: dict[tuple[str, str], tuple[list[float], list[float]]] = {}
    for kind in ("warm", "per-run"):
        sandbox = LocalSandbox(warm=kind == "warm")
        with sandbox.open_box() as box:
            if box.warm != sandbox.warm:
                print(f"no warm boxes here: {sandbox.enforcement()[0].detail}")
                continue
            for name, argv in PROGRAMS.items():
                results[name, kind] = measure(argv, box, args.runs)
    print(f"load average after: {load()}")
    print(f"{args.runs} runs each; wall time per run in ms")
    header = ("program", "box", "bare median", "box median", "box p90", "overhead median")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for (name, kind), (bare, boxed) in sorted(results.items()):
        bare_med, box_med = statistics.median(bare), statistics.median(boxed)
        cells = [bare_med, box_med, p90(boxed), box_med - bare_med]
        print(f"| {name} | {kind} | " + " | ".join(f"{c * MS:.2f}" for c in cells) + " |")
    if args.docker:
        docker_overhead(args)


def docker_overhead(args: argparse.Namespace) -> None:
    """The docker backend: a box per submission, and runs in it."""
    import docker

    from jupyter_leetarxiv.sandbox.docker.backend import DockerSandbox
    from jupyter_leetarxiv.sandbox.docker.settings import DockerSettings

    settings = DockerSettings.from_env()
    if args.image:
        settings = dataclasses.replace(settings, image=args.image)
    client = docker.DockerClient(base_url=args.docker_host) if args.docker_host else None
    sandbox = DockerSandbox(settings, client=client)
    print(f"\ndocker backend: {sandbox.enforcement()[0].detail}")
    print(f"load average before: {load()}")
    opened: list[float] = []
    closed: list[float] = []
    for _ in range(args.boxes):
        start = time.perf_counter()
        box = sandbox.open_box()
        opened.append(time.perf_counter() - start)
        closed.append(timed(box.close))
    runs: dict[str, tuple[list[float], list[float]]] = {}
    with sandbox.open_box() as box:
        for name, argv in PROGRAMS.items():
            runs[name] = measure(argv, box, args.runs)
    print(f"load average after: {load()}")
    print(f"{args.boxes} boxes, {args.runs} runs each; wall time in ms")
    print("| what | median | p90 |")
    print("|---|---|---|")
    for what, xs in (("open a box (per submission)", opened), ("close a box", closed)):
        print(f"| {what} | {statistics.median(xs) * MS:.1f} | {p90(xs) * MS:.1f} |")
    for name, (bare, boxed) in runs.items():
        overhead = [b - a for a, b in zip(bare, boxed, strict=True)]
        print(
            f"| run {name}: box / overhead over bare ({statistics.median(bare) * MS:.2f}) | "
            f"{statistics.median(boxed) * MS:.1f} / {statistics.median(overhead) * MS:.1f} | "
            f"{p90(boxed) * MS:.1f} / {p90(overhead) * MS:.1f} |"
        )


if __name__ == "__main__":
    main()

"""Per-run overhead of LocalSandbox.run over a bare subprocess.run.

Usage: python bench/sandbox_overhead.py [--runs 200]

Runs each program --runs times bare and --runs times in one box (interleaved, so background load
hits both alike) and prints median and p90 wall time per run, and the overhead: the sandbox's
figure minus the bare one. Run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence

from jupyter_leetarxiv.sandbox.base import Limits
from jupyter_leetarxiv.sandbox.local import LocalSandbox

PROGRAMS: dict[str, list[str]] = {
    "/bin/true": ["/bin/true"],
    "python3 -c pass": ["/usr/bin/python3", "-c", "pass"],
}


def timed(fn: Callable[..., object], *args: object, **kwargs: object) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - start


def p90(xs: Sequence[float]) -> float:
    return statistics.quantiles(xs, n=10)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    sandbox = LocalSandbox()
    limits = Limits(cpu_time=5)
    rows = []
    with sandbox.open_box() as box:
        for name, argv in PROGRAMS.items():
            box.run(argv, limits=limits)  # warm caches (seccomp program, page cache)
            bare: list[float] = []
            boxed: list[float] = []
            for _ in range(args.runs):
                bare.append(timed(subprocess.run, argv, check=True))
                boxed.append(timed(box.run, argv, limits=limits))
            rows.append((name, bare, boxed))
    ms = 1000.0
    print(f"{args.runs} runs each; times in ms per run")
    header = ("program", "bare med", "bare p90", "box med", "box p90", "ovh med", "ovh p90")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for name, bare, boxed in rows:
        bm, bp = statistics.median(bare), p90(bare)
        sm, sp = statistics.median(boxed), p90(boxed)
        cells = [bm, bp, sm, sp, sm - bm, sp - bp]
        print(f"| {name} | " + " | ".join(f"{c * ms:.2f}" for c in cells) + " |")


if __name__ == "__main__":
    main()

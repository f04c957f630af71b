"""Judging an unchanged solution again: with the compile cache warm vs cold.

Usage: python bench/compile_cache.py [--repeat 5] [--languages haskell,cpp,rust]

For each language, each round judges tests/e2e/programs/ac_aplusb.<ext> on
tests/e2e/problems/aplusb (10 tests) twice with the same cache: first into an empty cache
directory (cold: the compiler runs, then its work dir is archived into the cache), then again
(warm: the archive is unpacked into the box and the compiler is skipped). It reports the median
of each, for the compile step alone (the Compiled event's time) and for the whole judging
(compile plus the 10 test runs), in-process through core.judge with the real local sandbox. Every
judging must be accepted, and every warm one a cache hit, or the script stops.

Run it on an otherwise idle machine; the figures go in docs/benchmarks.md ("Compile cache").
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.core.judge import JudgeOptions, judge
from jupyter_leetarxiv.core.languages import load_languages
from jupyter_leetarxiv.core.languages.probe import toolchain_version
from jupyter_leetarxiv.core.problem import load_problem
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import Compiled, Result
from jupyter_leetarxiv.sandbox.local import LocalSandbox

REPO = Path(__file__).resolve().parent.parent
PROBLEM = REPO / "tests" / "e2e" / "problems" / "aplusb"
PROGRAMS = REPO / "tests" / "e2e" / "programs"
EXTENSIONS = {"haskell": ".hs", "cpp": ".cpp", "rust": ".rs", "c": ".c", "java": ".java"}


@dataclass
class Series:
    compile_cold: list[float] = field(default_factory=list)
    compile_warm: list[float] = field(default_factory=list)
    judge_cold: list[float] = field(default_factory=list)
    judge_warm: list[float] = field(default_factory=list)


def judge_once(name: str, cache: CompileCache, sandbox: LocalSandbox) -> tuple[float, float, bool]:
    """(compile seconds, whole judging seconds, cache hit) of one accepted judging."""
    languages = load_languages()
    language = languages.get(name)
    source = (PROGRAMS / f"ac_aplusb{EXTENSIONS[name]}").read_bytes()
    problem = load_problem(PROBLEM)
    started = time.perf_counter()
    events = list(
        judge(problem, language, source, sandbox, languages, JudgeOptions(compile_cache=cache))
    )
    elapsed = time.perf_counter() - started
    compiled = next(e for e in events if isinstance(e, Compiled))
    result = events[-1]
    if not isinstance(result, Result) or result.verdict is not Verdict.AC:
        raise SystemExit(f"{name}: not accepted: {result}")
    return compiled.time, elapsed, compiled.cached


def measure(name: str, repeat: int, sandbox: LocalSandbox) -> Series:
    series = Series()
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="leetarxiv-bench-cache-") as root:
            cache = CompileCache(Path(root))
            compile_s, judge_s, hit = judge_once(name, cache, sandbox)
            if hit:
                raise SystemExit(f"{name}: a cold cache hit")
            series.compile_cold.append(compile_s)
            series.judge_cold.append(judge_s)
            compile_s, judge_s, hit = judge_once(name, cache, sandbox)
            if not hit:
                raise SystemExit(f"{name}: the second judging was not a cache hit")
            series.compile_warm.append(compile_s)
            series.judge_warm.append(judge_s)
    return series


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f}"


def ratio(cold: list[float], warm: list[float]) -> str:
    return f"{statistics.median(cold) / statistics.median(warm):.1f}x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--languages", default="haskell,cpp,rust")
    args = parser.parse_args()
    names = args.languages.split(",")
    sandbox = LocalSandbox()
    languages = load_languages()
    judge_once(names[0], CompileCache(Path(tempfile.mkdtemp())), sandbox)  # warm the page cache
    print(
        f"{platform.node()}: {platform.system()} {platform.release()}, {os.cpu_count()} CPUs; "
        f"median of {args.repeat} rounds; aplusb, 10 tests; times in ms\n"
    )
    header = ["language", "toolchain", "compile cold", "compile warm", "speed-up"]
    header += ["judging cold", "judging warm", "speed-up"]
    print("| " + " | ".join(header) + " |")
    print("|---|---|--:|--:|--:|--:|--:|--:|")
    for name in names:
        series = measure(name, args.repeat, sandbox)
        cells = [
            name,
            toolchain_version(languages.get(name)) or "?",
            ms(series.compile_cold),
            ms(series.compile_warm),
            ratio(series.compile_cold, series.compile_warm),
            ms(series.judge_cold),
            ms(series.judge_warm),
            ratio(series.judge_cold, series.judge_warm),
        ]
        print("| " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()

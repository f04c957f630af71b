"""Wall time to judge an accepted a+b on 10 tests: `leetarxiv judge` beside the DMOJ judge.

Usage: python bench/judge_latency.py [--repeat 5]

Both judges are timed as a user sees them. Each run is one command that compiles the source, runs
the 10 tests of tests/e2e/problems/aplusb (1 s, 256 MiB) and reports, and it is timed from process
start to exit. DMOJ gets the same 10 cases and limits and runs through its own CLI
(`dmoj-cli ... submit`, self-tests skipped). Its runtimes are /usr/bin/python3 and /usr/bin/g++,
the same ones our language files use.

DMOJ compiles on every submission, so the fair comparison is ours with `--no-cache`. Ours with
the compile cache (an unchanged source, as when a notebook cell is re-run) is timed as well.
`leetarxiv --version` is timed too: that is the part of our time spent starting the CLI, not
judging.

The judges take turns in every repetition, so background load affects both the same way. Before
the timed runs, one untimed run of each warms the page cache and the compile cache. Every run must
be accepted on all 10 tests; otherwise the script stops.

On first use, the DMOJ judge is installed into ~/.cache/leetarxiv-bench/dmoj-venv. This runs
`pip install dmoj`, which builds its sandbox from the sdist. Run on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import jupyter_leetarxiv

REPO = Path(__file__).resolve().parent.parent
PROBLEM = REPO / "tests" / "e2e" / "problems" / "aplusb"
PROGRAMS = REPO / "tests" / "e2e" / "programs"
TIME_LIMIT = 1  # seconds, as in aplusb's problem.yaml
MEMORY_KB = 256 * 1024
DMOJ_VERSION = "4.1.0"
DMOJ_VENV = Path.home() / ".cache" / "leetarxiv-bench" / "dmoj-venv"

# language label -> (source file, DMOJ executor)
SUBMISSIONS = {
    "Python 3": (PROGRAMS / "ac_aplusb.py", "PY3"),
    "C++17": (PROGRAMS / "ac_aplusb.cpp", "CPP17"),
}
DMOJ_ACCEPTED = re.compile(r"^Test case\s+\d+ AC\b", re.MULTILINE)


@dataclass
class Series:
    """Seconds per run, for one language."""

    compiling: list[float] = field(default_factory=list)
    cached: list[float] = field(default_factory=list)
    dmoj: list[float] = field(default_factory=list)
    startup: list[float] = field(default_factory=list)


def leetarxiv_command() -> list[str]:
    script = Path(sys.executable).with_name("leetarxiv")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "jupyter_leetarxiv.cli.main"]


def ensure_dmoj() -> Path:
    cli = DMOJ_VENV / "bin" / "dmoj-cli"
    if not cli.is_file():
        if not Path("/usr/include/seccomp.h").is_file():
            sys.exit("DMOJ's sandbox builds against libseccomp: apt-get install libseccomp-dev")
        print(f"installing dmoj {DMOJ_VERSION} into {DMOJ_VENV} ...", file=sys.stderr)
        subprocess.run(["/usr/bin/python3", "-m", "venv", str(DMOJ_VENV)], check=True)
        pip = [str(DMOJ_VENV / "bin" / "pip"), "install", "--quiet", f"dmoj=={DMOJ_VERSION}"]
        subprocess.run(pip, check=True)
    return cli


def ensure_bytecode() -> None:
    """Byte-compile our package, as `pip install` of a wheel does (and did for DMOJ's).

    An editable install under PYTHONDONTWRITEBYTECODE (CI sets it) would otherwise compile
    every module again in every run: about 50 ms that no installed copy spends.
    """
    package = Path(jupyter_leetarxiv.__file__).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)


def write_dmoj_problem(root: Path) -> Path:
    """A DMOJ problem directory with aplusb's cases in our judging order; returns judge.yml."""
    cases = sorted((PROBLEM / "data" / "sample").glob("*.in"))
    cases += sorted((PROBLEM / "data" / "secret").glob("*.in"))
    folder = root / "problems" / "aplusb"
    folder.mkdir(parents=True)
    entries = []
    for index, case in enumerate(cases, start=1):
        (folder / f"{index}.in").write_bytes(case.read_bytes())
        (folder / f"{index}.out").write_bytes(case.with_suffix(".ans").read_bytes())
        entries.append(f"  - {{in: {index}.in, out: {index}.out, points: 1}}\n")
    (folder / "init.yml").write_text("test_cases:\n" + "".join(entries))
    config = root / "judge.yml"
    config.write_text(
        f"problem_storage_globs: [{root / 'problems'}/*]\n"
        "runtime:\n"
        "  python3: /usr/bin/python3\n"
        "  g++: /usr/bin/g++\n"
        "  g++17: /usr/bin/g++\n"
        "  gcc: /usr/bin/gcc\n"
    )
    return config


def timed(argv: Sequence[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    return time.perf_counter() - start, done


def run_ours(source: Path, *, use_cache: bool) -> tuple[float, bool]:
    """Seconds taken, and whether the compile came from the cache."""
    argv = [*leetarxiv_command(), "judge", str(PROBLEM), str(source), "--json"]
    elapsed, done = timed(argv if use_cache else [*argv, "--no-cache"])
    report = json.loads(done.stdout) if done.stdout.strip() else {}
    if done.returncode != 0 or report.get("verdict") != "AC" or report.get("passed") != 10:
        sys.exit(f"leetarxiv judge did not accept {source.name}:\n{done.stdout}\n{done.stderr}")
    return elapsed, bool(report["compile"]["cached"])


def ours_compiling(source: Path) -> float:
    elapsed, hit = run_ours(source, use_cache=False)
    if hit:
        sys.exit(f"--no-cache still took {source.name}'s compile from the cache")
    return elapsed


def ours_cached(source: Path) -> float:
    elapsed, hit = run_ours(source, use_cache=True)
    if not hit:
        sys.exit(f"{source.name} was compiled again although the compile cache had it")
    return elapsed


def run_dmoj(cli: Path, config: Path, executor: str, source: Path) -> float:
    argv = [str(cli), "-c", str(config), "--no-ansi", "--skip-self-test", "-e", "PY3,CPP17"]
    argv += ["--", "submit", "-tl", str(TIME_LIMIT), "-ml", str(MEMORY_KB)]
    elapsed, done = timed([*argv, "aplusb", executor, str(source)])
    if done.returncode != 0 or len(DMOJ_ACCEPTED.findall(done.stdout)) != 10:
        sys.exit(f"DMOJ did not accept {source.name}:\n{done.stdout}\n{done.stderr}")
    return elapsed


def run_startup() -> float:
    elapsed, done = timed([*leetarxiv_command(), "--version"])
    if done.returncode != 0:
        sys.exit(f"leetarxiv --version failed:\n{done.stderr}")
    return elapsed


def cell(xs: Sequence[float]) -> str:
    return f"{statistics.median(xs):.2f} ({min(xs):.2f}-{max(xs):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per judge and language")
    args = parser.parse_args()
    cli = ensure_dmoj()
    ensure_bytecode()
    results: dict[str, Series] = {}
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="dmoj-aplusb-") as scratch:
        config = write_dmoj_problem(Path(scratch))
        for label, (source, executor) in SUBMISSIONS.items():
            run_ours(source, use_cache=True)  # warms the page cache and fills the compile cache
            run_dmoj(cli, config, executor, source)
            series = results[label] = Series()
            for _ in range(args.repeat):
                series.compiling.append(ours_compiling(source))
                series.dmoj.append(run_dmoj(cli, config, executor, source))
                series.cached.append(ours_cached(source))
                series.startup.append(run_startup())
    load_after = os.getloadavg()

    print(
        f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs; "
        f"jupyter-leetarxiv {jupyter_leetarxiv.__version__}, dmoj {DMOJ_VERSION}; "
        f"{args.repeat} runs each; 1-minute load average {load_before[0]:.2f} before, "
        f"{load_after[0]:.2f} after"
    )
    print("seconds per submission: median (min-max)")
    header = ["language", "ours, compiling", "DMOJ", "ours / DMOJ", "ours, compile cached"]
    header += ["ours cached / DMOJ", "of which `leetarxiv --version`"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for label, series in results.items():
        dmoj = statistics.median(series.dmoj)
        cells = [label, cell(series.compiling), cell(series.dmoj)]
        cells += [f"{statistics.median(series.compiling) / dmoj:.2f}", cell(series.cached)]
        cells += [f"{statistics.median(series.cached) / dmoj:.2f}", cell(series.startup)]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

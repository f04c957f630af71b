"""The problem bank: every package loads, lists its paper, and every submission in it gets its
expected verdict, from our judge and from Kattis problemtools.

Each package takes tens of seconds to verify (its time-limit submissions run to their limits),
so the packages are verified two at a time, once per session, and each test reads its result.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PROBLEMS = sorted(p for p in (ROOT / "problems").iterdir() if (p / "problem.yaml").is_file())
LEETARXIV = str(Path(sys.executable).with_name("leetarxiv"))
VERIFYPROBLEM = str(Path(sys.executable).with_name("verifyproblem"))
PROBLEMTOOLS_CONFIG = Path(__file__).parent / "problemtools-config"
PARALLEL = 2


def run(argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=1800, check=False, **kwargs)  # type: ignore[call-overload,no-any-return]


def each_problem(
    check: Callable[[Path], subprocess.CompletedProcess[str]],
) -> dict[str, subprocess.CompletedProcess[str]]:
    with ThreadPoolExecutor(PARALLEL) as pool:
        return dict(zip((p.name for p in PROBLEMS), pool.map(check, PROBLEMS), strict=True))


@pytest.fixture(scope="session")
def our_verdicts() -> dict[str, subprocess.CompletedProcess[str]]:
    return each_problem(lambda p: run([LEETARXIV, "verify", str(p)]))


@pytest.fixture(scope="session")
def problemtools_verdicts(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("kattis")
    env = {**os.environ, "XDG_CONFIG_HOME": str(PROBLEMTOOLS_CONFIG)}

    def check(package: Path) -> subprocess.CompletedProcess[str]:
        exported = Path(run([LEETARXIV, "export", str(package), str(out)]).stdout.strip())
        parts = ["config", "data", "validators", "submissions"]
        return run([VERIFYPROBLEM, exported.name, "-p", *parts], cwd=out, env=env)

    return each_problem(check)


def test_the_bank_has_25_problems_at_least() -> None:
    assert len(PROBLEMS) >= 25


def test_listing_names_each_paper_and_reference_languages() -> None:
    done = run([LEETARXIV, "problems", "--json"])
    assert done.returncode == 0, done.stderr
    listed = {item["id"]: item for item in json.loads(done.stdout)}
    assert set(listed) == {p.name for p in PROBLEMS}
    for item in listed.values():
        arxiv = item["paper"]["arxiv"]
        assert re.fullmatch(r"\d{4}\.\d{4,5}", arxiv), item["id"]
        assert item["paper"]["url"] == f"https://arxiv.org/abs/{arxiv}", item["id"]
        assert item["paper"]["title"] and item["paper"]["authors"] and item["paper"]["year"]
        assert item["difficulty"] in ("easy", "medium", "hard"), item["id"]
        assert {"python3", "cpp", "haskell"} <= set(item["reference_languages"]), item["id"]


def test_eight_problems_have_a_function_style_harness() -> None:
    harnessed = [
        p
        for p in PROBLEMS
        if (p / "include" / "python3").is_dir() and (p / "include" / "cpp").is_dir()
    ]
    assert len(harnessed) >= 8


# The first test of each kind waits for the whole bank (the session fixture), hence the timeout.
@pytest.mark.slow
@pytest.mark.timeout(3600)
@pytest.mark.parametrize("problem", [p.name for p in PROBLEMS])
def test_every_submission_gets_its_verdict(
    problem: str, our_verdicts: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    done = our_verdicts[problem]
    assert done.returncode == 0, done.stdout + done.stderr
    assert "all submissions got their expected verdicts" in done.stdout


@pytest.mark.slow
@pytest.mark.timeout(3600)
@pytest.mark.parametrize("problem", [p.name for p in PROBLEMS])
def test_problemtools_finds_no_errors(
    problem: str, problemtools_verdicts: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    done = problemtools_verdicts[problem]
    assert re.search(r"tested: 0 errors", done.stdout), done.stdout[-3000:] + done.stderr[-2000:]

"""`leetarxiv verify` on the example problems that ship with Kattis problemtools.

The examples are not ours to copy into this repository, so the problemtools sdist is downloaded
once with the running interpreter's pip into a per-version cache outside the repository, and only
its examples/ are unpacked.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import pytest

from .leetarxiv_cli import leetarxiv

PROBLEMTOOLS_VERSION = "1.20260907"
CACHE = (
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    / "leetarxiv-test"
    / "problemtools"
    / PROBLEMTOOLS_VERSION
)
EXAMPLES = ("different", "guess", "hello", "oddecho")

PYTHON2 = re.compile(rb"#!.*python2")  # legacy packages tell Python 2 from 3 by the shebang

PROGRESS_LINE = re.compile(r"^  (submissions/\S+): (\S+)(?: \([^)]*\))? \((ok|MISMATCH)\)$")

# Examples our judge is known to get wrong (name -> why), run as strict xfail until fixed.
JUDGE_BUGS: dict[str, str] = {}


def download_examples() -> Path:
    """examples/ of the pinned problemtools sdist, downloaded and unpacked at most once."""
    examples = CACHE / "examples"
    if all((examples / name / "problem.yaml").is_file() for name in EXAMPLES):
        return examples
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as scratch:
        pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:"]
        subprocess.run(
            [*pip, "--no-deps", "--dest", scratch, f"problemtools=={PROBLEMTOOLS_VERSION}"],
            check=True,
            timeout=300,
        )
        (sdist,) = Path(scratch).glob("problemtools-*.tar.gz")
        prefix = f"problemtools-{PROBLEMTOOLS_VERSION}/examples/"
        with tarfile.open(sdist) as archive:
            members = [m for m in archive.getmembers() if m.name.startswith(prefix)]
            archive.extractall(scratch, members=members, filter="data")
        unpacked = Path(scratch) / prefix
        if not examples.exists():  # a concurrent run may have won; its copy is as good
            unpacked.rename(examples)
    return examples


@pytest.fixture(scope="module")
def examples() -> Path:
    return download_examples()


@pytest.fixture(scope="module")
def installed_suffixes() -> set[str]:
    """File name extensions of the languages whose toolchain this machine has."""
    done = leetarxiv("languages", "--json")
    assert done.returncode == 0, done.stderr
    languages = json.loads(done.stdout)
    return {suffix for lang in languages if lang["installed"] for suffix in lang["extensions"]}


def has_toolchain(submission: Path, installed_suffixes: set[str]) -> bool:
    if not submission.is_file() or submission.suffix not in installed_suffixes:
        return False
    return not (submission.suffix == ".py" and PYTHON2.match(submission.read_bytes()))


def example_param(name: str) -> object:
    marks = [pytest.mark.slow]
    if name in JUDGE_BUGS:
        marks.append(pytest.mark.xfail(reason=JUDGE_BUGS[name], strict=True))
    return pytest.param(name, id=name, marks=marks)


@pytest.mark.parametrize("name", [example_param(n) for n in ("different", "hello", "oddecho")])
def test_verify_example(examples: Path, installed_suffixes: set[str], name: str) -> None:
    """Submissions with a toolchain here get their expected verdicts; the others say why not."""
    problem = examples / name
    done = leetarxiv("verify", problem)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output

    reported: dict[str, str] = {}
    for line in done.stdout.splitlines():
        match = PROGRESS_LINE.match(line)
        if match:
            path, verdict, mark = match.groups()
            assert mark == "ok", line
            reported[path] = verdict
    submissions = sorted((problem / "submissions").glob("*/*"))
    assert sorted(reported) == [str(s.relative_to(problem)) for s in submissions], output

    for submission in submissions:
        path = str(submission.relative_to(problem))
        if has_toolchain(submission, installed_suffixes):
            assert reported[path] != "skipped", f"{path} was not judged:\n{output}"
        elif submission.is_file():
            assert reported[path] == "skipped", f"{path} was judged:\n{output}"
        if reported[path] == "skipped":
            row = next(line for line in done.stdout.splitlines() if line.startswith(path + " "))
            assert re.search(r"no language for|not installed", row), row


def test_interactive_example_is_refused(examples: Path) -> None:
    """guess (2023-07-draft, type: interactive) loads, then the interactive check refuses it."""
    done = leetarxiv("verify", examples / "guess")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "interactive problems are not supported yet" in done.stderr
    assert "not supported: use" not in done.stderr  # not refused as an unknown format

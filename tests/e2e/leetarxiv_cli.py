"""Running the ``leetarxiv`` command as a user does, for the end-to-end tests.

The tests go through the installed console script and a real subprocess on purpose: argument
parsing, exit codes and the ``--json`` report are part of what they check.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TIMEOUT = 300  # seconds; far above any single judging here, so a hang fails instead of stalling


def command() -> list[str]:
    """The console script of the interpreter running the tests (the one `pip install` made)."""
    script = Path(sys.executable).with_name("leetarxiv")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "jupyter_leetarxiv.cli.main"]


def leetarxiv(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command(), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


@dataclass(frozen=True)
class Judgement:
    """What ``leetarxiv judge --json`` said, with the exit code it said it with."""

    exit_code: int
    report: dict[str, Any]
    stderr: str

    @property
    def verdict(self) -> str:
        return str(self.report["verdict"])

    @property
    def tests(self) -> list[dict[str, Any]]:
        return list(self.report["tests"])

    @property
    def verdicts(self) -> dict[str, str]:
        return {test["name"]: test["verdict"] for test in self.tests}

    def test(self, name: str) -> dict[str, Any]:
        return next(test for test in self.tests if test["name"] == name)

    def __str__(self) -> str:
        """A short account for assertion messages: exit code, verdicts, compiler output."""
        compiled = self.report.get("compile", {})
        return (
            f"exit {self.exit_code}, verdict {self.report.get('verdict')}, "
            f"score {self.report.get('score')}, tests {self.verdicts}, "
            f"compile output {compiled.get('output', '')[:500]!r}, stderr {self.stderr[:500]!r}"
        )


def judge(problem: Path, source: Path, *options: str) -> Judgement:
    done = leetarxiv("judge", problem, source, "--json", *options)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError as exc:
        raise AssertionError(
            f"leetarxiv judge printed no JSON report (exit {done.returncode}):\n"
            f"{done.stdout[:2000]}\n{done.stderr[:2000]}"
        ) from exc
    return Judgement(done.returncode, report, done.stderr)

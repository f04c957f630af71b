"""How a run's ending maps to a verdict before any output is checked."""

from __future__ import annotations

import signal

import pytest

from jupyter_leetarxiv.core.execution import describe_exit, run_verdict
from jupyter_leetarxiv.core.languages import load_languages
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.sandbox import RunResult, RunStatus


def _run(
    status: RunStatus,
    *,
    code: int | None = 0,
    sig: int | None = None,
    cpu: float = 0.1,
    stderr: bytes = b"",
) -> RunResult:
    return RunResult(
        status=status,
        exit_code=code,
        signal=sig,
        cpu_time=cpu,
        wall_time=cpu,
        memory=0,
        stdout=b"",
        stderr=stderr,
    )


@pytest.mark.parametrize(
    ("run", "language", "expected"),
    [
        (_run(RunStatus.OK), "c", None),
        (_run(RunStatus.OK, cpu=1.5), "c", Verdict.TLE),
        (_run(RunStatus.TIME_LIMIT), "c", Verdict.TLE),
        (_run(RunStatus.WALL_LIMIT, cpu=0.0), "c", Verdict.TLE),
        (_run(RunStatus.MEMORY_LIMIT, code=None, sig=9), "c", Verdict.MLE),
        (_run(RunStatus.OUTPUT_LIMIT), "c", Verdict.OLE),
        (_run(RunStatus.EXITED, code=3), "c", Verdict.RTE),
        (_run(RunStatus.SIGNALED, code=None, sig=signal.SIGSEGV), "cpp", Verdict.RTE),
        (_run(RunStatus.SIGNALED, code=None, sig=signal.SIGXCPU), "c", Verdict.TLE),
        (_run(RunStatus.SIGNALED, code=None, sig=signal.SIGXFSZ), "c", Verdict.OLE),
        (
            _run(RunStatus.EXITED, code=1, stderr=b"java.lang.OutOfMemoryError: Java heap space"),
            "java",
            Verdict.MLE,
        ),
        (_run(RunStatus.EXITED, code=1, stderr=b"java.lang.OutOfMemoryError"), "c", Verdict.RTE),
        (_run(RunStatus.EXITED, code=251, stderr=b"main: heap overflow"), "haskell", Verdict.MLE),
    ],
)
def test_run_verdict(run: RunResult, language: str, expected: Verdict | None) -> None:
    assert run_verdict(run, 1.0, load_languages().get(language)) is expected


def test_describe_exit() -> None:
    assert (
        describe_exit(_run(RunStatus.SIGNALED, code=None, sig=signal.SIGSEGV))
        == "killed by SIGSEGV"
    )
    assert describe_exit(_run(RunStatus.EXITED, code=3)) == "exit code 3"

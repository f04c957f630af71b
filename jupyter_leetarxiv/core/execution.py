"""From what the sandbox saw to a verdict, before the output is checked."""

from __future__ import annotations

import signal

from jupyter_leetarxiv.core.languages import Language
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.sandbox import RunResult, RunStatus

_STATUS_VERDICTS = {
    RunStatus.TIME_LIMIT: Verdict.TLE,
    RunStatus.WALL_LIMIT: Verdict.TLE,  # a program that sleeps is too slow all the same
    RunStatus.MEMORY_LIMIT: Verdict.MLE,
    RunStatus.OUTPUT_LIMIT: Verdict.OLE,
}
_SIGNAL_VERDICTS = {signal.SIGXCPU: Verdict.TLE, signal.SIGXFSZ: Verdict.OLE}


def run_verdict(run: RunResult, time_limit: float, language: Language) -> Verdict | None:
    """The verdict a run earned by how it ended, or None if its output must be checked.

    TLE is judged on CPU time; the wall limit catches programs that wait instead of compute.
    Runtimes that fail with their own out-of-memory error below the cgroup limit (a JVM heap,
    GHC's -M) name it on stderr; that is MLE, not a crash.
    """
    if run.status in _STATUS_VERDICTS:
        return _STATUS_VERDICTS[run.status]
    if run.cpu_time > time_limit:
        return Verdict.TLE
    if run.status is RunStatus.OK:
        return None
    if run.signal is not None and run.signal in _SIGNAL_VERDICTS:
        return _SIGNAL_VERDICTS[signal.Signals(run.signal)]
    stderr = run.stderr.decode(errors="replace")
    if any(pattern in stderr for pattern in language.memory_error_patterns):
        return Verdict.MLE
    return Verdict.RTE


def describe_exit(run: RunResult) -> str:
    """A short reason for a failed run, for feedback: 'exit code 3', 'killed by SIGSEGV'."""
    if run.signal is not None:
        try:
            return f"killed by {signal.Signals(run.signal).name}"
        except ValueError:
            return f"killed by signal {run.signal}"
    if run.exit_code:
        return f"exit code {run.exit_code}"
    return run.status.value

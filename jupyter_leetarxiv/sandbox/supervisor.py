"""The host's half of a run, the same whoever starts the program.

A launcher (a fresh bwrap per run, or a warm box's init) starts the program on the stdio it is
given and puts it in the run's cgroups before it runs any code of its own. From there this module
does the rest: it feeds stdin and reads the outputs under their limits in one poll loop, watches
the CPU time and the wall clock, kills the cgroup when a limit is hit and again when the program
has ended (nothing of a run may outlive it), and turns what it saw into a RunResult.
"""

from __future__ import annotations

import abc
import contextlib
import os
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from jupyter_leetarxiv.sandbox import cgroups
from jupyter_leetarxiv.sandbox.base import Limits, RunResult, RunStatus
from jupyter_leetarxiv.sandbox.pump import Pump

_DRAIN_GRACE = 1.0  # seconds to collect output after the last process is dead
_CPUS = len(os.sched_getaffinity(0))


@dataclass(frozen=True)
class Stdio:
    """The descriptors a run's program gets as 0, 1 and 2 (the host keeps the other ends)."""

    stdin: int
    stdout: int
    stderr: int


@dataclass(frozen=True)
class Ended:
    """How a launcher saw the program end."""

    status: int  # the wait status of what the launcher waited for
    cpu_time: float  # user + system seconds, from rusage
    max_rss: int  # bytes, from rusage


class Launched(abc.ABC):
    """A program that a launcher started."""

    @property
    @abc.abstractmethod
    def exit_fd(self) -> int:
        """A descriptor that becomes readable when the program has ended."""

    @abc.abstractmethod
    def kill(self) -> None:
        """Kill the program itself; the run's cgroup is killed right after."""

    @abc.abstractmethod
    def wait(self) -> Ended:
        """Block until the end is known; called once the program ended or was killed."""

    @abc.abstractmethod
    def exit_of(self, ended: Ended, stderr: bytes) -> tuple[int | None, int | None]:
        """(exit code, signal) of the program; SandboxError if the launcher itself failed."""

    @abc.abstractmethod
    def release(self) -> None:
        """Let go of the launch, whether or not ``wait`` was reached."""


# Starts the program with this stdio, joining it to the cgroups of these cgroup.procs fds.
Launch = Callable[[Stdio, Sequence[int]], Launched]


@contextlib.contextmanager
def _closing(fds: list[int]) -> Iterator[list[int]]:
    try:
        yield fds
    finally:
        for fd in fds:
            with contextlib.suppress(OSError):
                os.close(fd)


class Supervisor:
    """One run, from launch to result."""

    def __init__(self, launch: Launch, cg: cgroups.RunCgroup | None, limits: Limits) -> None:
        self.launch = launch
        self.cg = cg
        self.limits = limits

    def go(self, stdin: Path | bytes | None) -> RunResult:
        # Every fd the program needs is closed here once the launcher has passed it on.
        with _closing([]) as child_fds:
            join_fds = [
                os.open(p, os.O_WRONLY | os.O_CLOEXEC)
                for p in (self.cg.procs_files() if self.cg else [])
            ]
            child_fds += join_fds
            stdin_fd, stdin_writer = self._stdin(stdin)
            child_fds.append(stdin_fd)
            out_r, out_w = os.pipe()
            err_r, err_w = os.pipe()
            child_fds += [out_w, err_w]
            pump = Pump(
                stdout_fd=out_r,
                stderr_fd=err_r,
                output_limit=self.limits.output,
                stderr_kept=self.limits.stderr,
                stdin_fd=stdin_writer,
                stdin_data=stdin if isinstance(stdin, bytes) else b"",
            )
            start = time.monotonic()
            try:
                launched = self.launch(Stdio(stdin_fd, out_w, err_w), join_fds)
            except BaseException:
                pump.close()
                raise
        try:
            return self._supervise(launched, pump, start)
        finally:
            pump.close()
            launched.release()

    def _stdin(self, stdin: Path | bytes | None) -> tuple[int, int | None]:
        """The program's stdin fd and, for bytes, the host's write end of its pipe."""
        if isinstance(stdin, bytes):
            r, w = os.pipe()
            return r, w
        if stdin is None:
            return os.open(os.devnull, os.O_RDONLY | os.O_CLOEXEC), None
        # A trusted host file (test data), opened by the host: the box never sees its path.
        return os.open(stdin, os.O_RDONLY | os.O_CLOEXEC), None

    def _cpu_check(self) -> tuple[RunStatus | None, float]:
        used = self.cg.cpu_time() if self.cg is not None else None
        if used is None:
            return None, 1.0  # RLIMIT_CPU alone guards the CPU time
        left = self.limits.cpu_time - used
        if left < 0:
            return RunStatus.TIME_LIMIT, 0.0
        # A program on all CPUs burns its budget _CPUS times faster than the wall clock.
        return None, min(0.1, max(0.005, left / _CPUS))

    def _supervise(self, launched: Launched, pump: Pump, start: float) -> RunResult:
        deadline = start + self.limits.effective_wall_time
        reason = pump.run(deadline=deadline, exit_fd=launched.exit_fd, check=self._cpu_check)
        if reason is not None:
            launched.kill()
            if self.cg is not None:
                self.cg.kill_all()
        ended = launched.wait()
        wall = time.monotonic() - start
        # Nothing of the run may outlive it, a daemonized double fork included.
        if self.cg is not None:
            self.cg.kill_all()
        drained = pump.run(deadline=time.monotonic() + _DRAIN_GRACE, exit_fd=None, check=None)
        if reason is None and drained is RunStatus.OUTPUT_LIMIT:
            reason = drained
        return self._result(reason, launched, ended, wall, pump)

    def _result(
        self, reason: RunStatus | None, launched: Launched, ended: Ended, wall: float, pump: Pump
    ) -> RunResult:
        stderr = pump.stderr.value()
        exit_code, sig = launched.exit_of(ended, stderr)
        cpu = self.cg.cpu_time() if self.cg is not None else None
        if cpu is None:
            cpu = ended.cpu_time
        peak = self.cg.memory_peak() if self.cg is not None else None
        if peak is None:
            peak = ended.max_rss
        if reason is None:
            out_of_memory = self.cg is not None and self.cg.oom_killed()
            reason = run_status(self.limits, out_of_memory, cpu, exit_code, sig)
        return RunResult(
            status=reason,
            exit_code=exit_code,
            signal=sig,
            cpu_time=cpu,
            wall_time=wall,
            memory=peak,
            stdout=pump.stdout.value(),
            stderr=stderr,
        )


def run_status(
    limits: Limits, out_of_memory: bool, cpu: float, exit_code: int | None, sig: int | None
) -> RunStatus:
    """How a run that hit no wall-clock or output limit ended; every backend decides so.

    Memory first: a program killed for memory may also have been signalled or slow.
    """
    if out_of_memory:
        return RunStatus.MEMORY_LIMIT
    if cpu > limits.cpu_time or sig == signal.SIGXCPU:
        return RunStatus.TIME_LIMIT
    if sig is not None:
        return RunStatus.SIGNALED
    return RunStatus.OK if exit_code == 0 else RunStatus.EXITED


def split_status(status: int) -> tuple[int | None, int | None]:
    """(exit code, signal) of a wait status."""
    if os.WIFSIGNALED(status):
        return None, os.WTERMSIG(status)
    return os.WEXITSTATUS(status), None

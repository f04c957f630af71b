"""Runs that start a process of their own: a fresh bwrap per run, or a bare process.

This is the fallback where a warm box is not available (no C compiler for the in-box runner, or
no cgroup that can kill a whole run), and the only way on a machine without namespaces. The child
joins the run's cgroups and lowers its rlimits between fork and exec (childsetup); bwrap then
builds every namespace for this one run.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from collections.abc import Callable, Mapping, Sequence

from jupyter_leetarxiv.sandbox import childsetup
from jupyter_leetarxiv.sandbox.base import Limits, SandboxError
from jupyter_leetarxiv.sandbox.probe import Owner, user_kwargs
from jupyter_leetarxiv.sandbox.supervisor import Ended, Launched, Stdio, split_status

# bwrap's own processes in the run's cgroup: the outer bwrap and the pid namespace's init.
BWRAP_TASKS = 2
EXEC_FAILED = 127  # the exit code of a run whose program could not be executed, as in a shell


# The command line to start (a full bwrap one, or the bare program) and descriptors it must
# inherit, made at the moment of the start; the launch closes those descriptors once started.
# For bwrap it is given the descriptor to pass as --json-status-fd.
Command = Callable[[int | None], tuple[list[str], list[int]]]


class PerRunLaunch:
    """Starts a command once, as the run's uid, in the run's cgroups, under its rlimits."""

    def __init__(
        self,
        command: Command,
        *,
        limits: Limits,
        owner: Owner | None,
        bwrap: bool,
        cwd: str,
        env: Mapping[str, str],
    ) -> None:
        self.command = command
        self.limits = limits
        self.owner = owner
        self.bwrap = bwrap
        self.cwd = cwd
        self.env = dict(env)

    def __call__(self, stdio: Stdio, join_fds: Sequence[int]) -> Launched:
        status_r, status_w = os.pipe() if self.bwrap else (None, None)
        try:
            argv, pass_fds = self.command(status_w)
            try:
                proc = subprocess.Popen(
                    argv,
                    stdin=stdio.stdin,
                    stdout=stdio.stdout,
                    stderr=stdio.stderr,
                    cwd=self.cwd,
                    env=self.env,
                    close_fds=True,
                    pass_fds=[*pass_fds, *([] if status_w is None else [status_w])],
                    preexec_fn=childsetup.preexec(join_fds, childsetup.rlimits(self.limits)),
                    **user_kwargs(self.owner),  # type: ignore[call-overload]
                )
            finally:
                for fd in pass_fds:
                    os.close(fd)
        except BaseException:
            if status_r is not None:
                os.close(status_r)
            raise
        finally:
            if status_w is not None:
                os.close(status_w)
        return PerRunProcess(proc, status_fd=status_r)


class PerRunProcess(Launched):
    """A process the launch started: bwrap when ``status_fd`` (its --json-status-fd) is given,
    else the program itself."""

    def __init__(self, proc: subprocess.Popen[bytes], *, status_fd: int | None) -> None:
        self.proc = proc
        self.status_fd = status_fd
        self._pidfd = os.pidfd_open(proc.pid)

    @property
    def exit_fd(self) -> int:
        return self._pidfd

    def kill(self) -> None:
        # Not reaped yet, so the pid is still ours even if the process has just exited.
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGKILL)

    def wait(self) -> Ended:
        _, status, usage = os.wait4(self.proc.pid, 0)
        self.proc.returncode = os.waitstatus_to_exitcode(status)
        return Ended(status, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024)

    def exit_of(self, ended: Ended, stderr: bytes) -> tuple[int | None, int | None]:
        """bwrap reports a program killed by signal N as exit code 128 + N, like a shell, so an
        exit code above 128 that names a signal is read as that signal. It reports the program's
        exit on its status fd only if the program ran: without that report, exit code 1 and a
        "bwrap: " message are bwrap's own failure, which the program cannot have forged.
        """
        code, sig = split_status(ended.status)
        if self.status_fd is None or code is None:
            return code, sig
        if code == 1 and stderr.startswith(b"bwrap: ") and not self._program_exited():
            if not stderr.startswith(b"bwrap: execvp "):
                # bwrap could not build the sandbox: the program never ran.
                raise SandboxError(stderr.decode(errors="replace").strip())
            # The program is missing or not executable (it may have deleted itself in an
            # earlier run): its own failure, reported as a shell reports it.
            return EXEC_FAILED, None
        if 128 < code <= 128 + signal.NSIG - 1:
            return None, code - 128
        return code, None

    def _program_exited(self) -> bool:
        """Whether bwrap's status fd holds an "exit-code" report (it is closed by now)."""
        assert self.status_fd is not None
        os.set_blocking(self.status_fd, False)
        data = b""
        with contextlib.suppress(BlockingIOError):
            while chunk := os.read(self.status_fd, 4096):
                data += chunk
        return b'"exit-code"' in data

    def release(self) -> None:
        os.close(self._pidfd)
        if self.status_fd is not None:
            os.close(self.status_fd)
        if self.proc.returncode is None:
            self.proc.kill()
            self.proc.wait()

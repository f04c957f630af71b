"""One poll loop per run: feed stdin, read stdout and stderr under caps, watch the clocks.

A single thread does all of it, so a program that fills its stdout pipe while we are still
writing its stdin cannot deadlock the host, and the wall-clock and CPU checks happen even when
the program is silent.
"""

from __future__ import annotations

import errno
import os
import select
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from jupyter_leetarxiv.sandbox.base import RunStatus

_CHUNK = 1 << 16


@dataclass
class _Stream:
    """One output pipe: the first ``keep`` bytes are kept; more than ``limit`` in all is too much.

    stdout keeps what it may send (keep == limit). stderr keeps only a head for diagnostics but
    counts against the same output limit, so a program cannot make the host read and discard
    without end.
    """

    fd: int
    keep: int
    limit: int
    chunks: list[bytes] = field(default_factory=list)
    kept: int = 0
    total: int = 0

    def take(self, data: bytes) -> bool:
        """Keep what fits; False once the stream has gone over its limit."""
        room = self.keep - self.kept
        if room > 0:
            self.chunks.append(data[:room])
            self.kept += min(room, len(data))
        self.total += len(data)
        return self.total <= self.limit

    def value(self) -> bytes:
        return b"".join(self.chunks)


# What the host checks on each tick: a reason to stop (or None), and the number of seconds until
# it wants to be asked again.
Check = Callable[[], tuple[RunStatus | None, float]]


class Pump:
    """The pipes of one run. ``stdin_fd`` is the write end of a pipe, or None.

    ``output_limit`` bounds stdout and stderr each; ``stderr_kept`` is how much of stderr is kept.
    """

    def __init__(
        self,
        *,
        stdout_fd: int,
        stderr_fd: int,
        output_limit: int,
        stderr_kept: int,
        stdin_fd: int | None = None,
        stdin_data: bytes = b"",
    ) -> None:
        self.stdout = _Stream(stdout_fd, keep=output_limit, limit=output_limit)
        self.stderr = _Stream(stderr_fd, keep=min(stderr_kept, output_limit), limit=output_limit)
        self._open = {stdout_fd: self.stdout, stderr_fd: self.stderr}
        self._stdin_fd = stdin_fd
        self._stdin = memoryview(stdin_data)
        for fd in (stdout_fd, stderr_fd, *([stdin_fd] if stdin_fd is not None else [])):
            os.set_blocking(fd, False)
        if stdin_fd is not None and not stdin_data:
            self._close_stdin()

    def _close_stdin(self) -> None:
        if self._stdin_fd is not None:
            os.close(self._stdin_fd)
            self._stdin_fd = None

    def close(self) -> None:
        self._close_stdin()
        for fd in list(self._open):
            os.close(fd)
        self._open.clear()

    def run(self, *, deadline: float, exit_fd: int | None, check: Check | None) -> RunStatus | None:
        """Pump until both outputs hit EOF or ``exit_fd`` is readable (the process ended):
        None; or until a limit is hit: WALL_LIMIT at the deadline, OUTPUT_LIMIT, or the
        reason ``check`` gave.
        """
        next_check = 0.0
        while self._open or exit_fd is not None:
            now = time.monotonic()
            if now >= deadline:
                return RunStatus.WALL_LIMIT
            if check is not None and now >= next_check:
                reason, interval = check()
                if reason is not None:
                    return reason
                next_check = now + interval
            poller = select.poll()
            for fd in self._open:
                poller.register(fd, select.POLLIN)
            if self._stdin_fd is not None:
                poller.register(self._stdin_fd, select.POLLOUT)
            if exit_fd is not None:
                poller.register(exit_fd, select.POLLIN)
            wake = min(deadline, next_check) if check is not None else deadline
            timeout_ms = max(0, int((wake - now) * 1000) + 1)
            for fd, events in poller.poll(timeout_ms):
                if fd == exit_fd:
                    return None
                if fd == self._stdin_fd:
                    self._feed(events)
                elif fd in self._open and not self._read(fd):
                    return RunStatus.OUTPUT_LIMIT
        return None

    def _feed(self, events: int) -> None:
        if events & (select.POLLERR | select.POLLHUP):
            self._close_stdin()  # the program closed its stdin: the rest is not wanted
            return
        assert self._stdin_fd is not None
        try:
            written = os.write(self._stdin_fd, self._stdin[:_CHUNK])
        except BlockingIOError:
            return
        except BrokenPipeError:
            self._close_stdin()
            return
        self._stdin = self._stdin[written:]
        if not self._stdin:
            self._close_stdin()

    def _read(self, fd: int) -> bool:
        """Read what is there; False when the stream went over the output limit."""
        try:
            data = os.read(fd, _CHUNK)
        except BlockingIOError:
            return True
        except OSError as e:
            if e.errno != errno.EIO:
                raise
            data = b""
        if not data:
            os.close(fd)
            del self._open[fd]
            return True
        return self._open[fd].take(data)

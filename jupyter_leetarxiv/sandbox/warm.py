"""Warm boxes: one bwrap per box, whose init (runner.c) forks each of the box's runs.

Building the namespaces and the root costs a few milliseconds per bwrap, more than a short
program takes to run; a box runs one program on every test of a submission, so it pays that once.
The init is pid 1 of the box's pid namespace and sits in a cgroup of its own; per run the host
creates a cgroup as before and sends the init a request on a Unix socket with the argv, the
environment, the rlimits and, as descriptors, the stdio and the cgroup.procs files. The child
joins those cgroups before it execs, so everything else (limits, measurement, the final kill) is
the same as for a fresh bwrap, and the init answers with the child's own wait status.

Compared with a bwrap per run, a box's runs share their namespaces: the init empties /tmp and
/dev/shm and removes System V IPC objects before each run, and the host kills every process of
the run's cgroup after it; the work dir is shared as it always was.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import struct
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from jupyter_leetarxiv.sandbox import cgroups, childsetup
from jupyter_leetarxiv.sandbox.base import MiB, SandboxError
from jupyter_leetarxiv.sandbox.probe import Owner, user_kwargs
from jupyter_leetarxiv.sandbox.supervisor import Ended, Launched, Stdio, split_status

PROTOCOL_VERSION = 1
_HEADER = struct.Struct("=IIII")  # version, rlimits, argc, envc
_RLIMIT = struct.Struct("=IIQQ")  # resource, padding, soft, hard
_REPLY = struct.Struct("=Iiqqq")  # kind, value, utime µs, stime µs, maxrss KiB
READY, EXITED, FAILED = 1, 2, 3
MAX_REQUEST = 192 * 1024  # under a Unix socket's default send buffer
_UNLIMITED = 2**64 - 1
_START_TIMEOUT = 30.0
# Once the run's processes are dead the init answers at once; this only bounds a broken init.
_REPLY_TIMEOUT = 10.0
_EXIT_TIMEOUT = 5.0
# The init's cgroup: bwrap, the init, and a child on its way to its run's cgroups.
INIT_TASKS = 16
INIT_MEMORY = 64 * MiB

# Builds the bwrap argv for (the runner binary open for reading, the init's end of the socket).
InitCommand = Callable[[int, int], list[str]]


def encode_request(
    argv: Sequence[str], env: Mapping[str, str], rlimits: Sequence[childsetup.Rlimit]
) -> bytes:
    strings = [*argv, *(f"{key}={value}" for key, value in env.items())]
    if any("\0" in s for s in strings) or any("=" in key for key in env):
        raise ValueError("argv and environment may not hold NUL bytes or '=' in names")
    parts = [_HEADER.pack(PROTOCOL_VERSION, len(rlimits), len(argv), len(env))]
    parts += [
        _RLIMIT.pack(res, 0, soft & _UNLIMITED, hard & _UNLIMITED) for res, soft, hard in rlimits
    ]
    parts += [s.encode() + b"\0" for s in strings]
    return b"".join(parts)


class BoxInit:
    """The bwrap of one box and the init inside it."""

    def __init__(
        self,
        proc: subprocess.Popen[bytes],
        sock: socket.socket,
        cg: cgroups.RunCgroup | None,
    ) -> None:
        self._proc = proc
        self._sock = sock
        self._cg = cg
        self._broken = False

    @classmethod
    def start(
        cls,
        command: InitCommand,
        *,
        runner: Path,
        owner: Owner | None,
        cg: cgroups.RunCgroup | None,
        pass_fds: Sequence[int] = (),
    ) -> BoxInit:
        """Start bwrap with the init and wait until the init says it is ready.

        On failure the caller still owns ``cg``; on success the init does, and removes it when
        it closes.
        """
        host, box = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        with tempfile.TemporaryFile() as errors:
            try:
                proc = _spawn(command, runner, box, owner, cg, pass_fds, errors.fileno())
            except BaseException:
                host.close()
                raise
            finally:
                box.close()
            init = cls(proc, host, cg)
            try:
                init._await_ready()
            except SandboxError as e:
                init._stop()
                errors.seek(0)
                detail = errors.read(4096).decode(errors="replace").strip()
                raise SandboxError(f"{e}: {detail}" if detail else str(e)) from None
        return init

    def _await_ready(self) -> None:
        if not _readable(self._sock, _START_TIMEOUT):
            raise SandboxError("the box's init did not start")
        data = self._sock.recv(_REPLY.size)
        if len(data) != _REPLY.size or _REPLY.unpack(data)[0] != READY:
            raise SandboxError("the box's init failed to start")

    @property
    def alive(self) -> bool:
        """Whether the init can take a run: not known broken, and nothing (EOF) pending."""
        if self._broken or self._proc.poll() is not None:
            return False
        return not _readable(self._sock, 0)

    def launch(
        self,
        argv: Sequence[str],
        env: Mapping[str, str],
        rlimits: Sequence[childsetup.Rlimit],
        stdio: Stdio,
        join_fds: Sequence[int],
    ) -> Launched:
        try:
            request = encode_request(argv, env, rlimits)
        except ValueError as e:
            raise SandboxError(str(e)) from e
        if len(request) > MAX_REQUEST:
            raise SandboxError(
                f"argv and environment take {len(request)} bytes; at most {MAX_REQUEST}"
            )
        fds = [stdio.stdin, stdio.stdout, stdio.stderr, *join_fds]
        try:
            socket.send_fds(self._sock, [request], fds)
        except OSError as e:
            self._broken = True
            raise SandboxError(f"the box's init is gone: {e}") from e
        return WarmRun(self)

    def reply(self) -> Ended:
        """The end of the run in progress, as the init saw it."""
        if not _readable(self._sock, _REPLY_TIMEOUT):
            self._broken = True
            raise SandboxError("the box's init did not report the end of the run")
        data = self._sock.recv(_REPLY.size)
        if len(data) != _REPLY.size:
            self._broken = True
            raise SandboxError("the box's init died during the run")
        kind, value, utime, stime, maxrss = _REPLY.unpack(data)
        if kind == FAILED:
            raise SandboxError(f"the box's init could not start the run: {os.strerror(value)}")
        if kind != EXITED:
            self._broken = True
            raise SandboxError(f"the box's init answered {kind}")
        return Ended(value, (utime + stime) / 1e6, maxrss * 1024)

    def abandon(self) -> None:
        """A run ended without its reply being read: the next run needs a fresh init."""
        self._broken = True

    def close(self) -> None:
        """End the init, and with it the box's namespaces; then remove its cgroup."""
        self._stop()
        if self._cg is not None:
            self._cg.kill_all()
            self._cg.remove()

    def _stop(self) -> None:
        """Closing the socket tells the init to exit; bwrap follows it."""
        self._sock.close()
        try:
            self._proc.wait(timeout=_EXIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    @property
    def control_fd(self) -> int:
        return self._sock.fileno()


def _readable(sock: socket.socket, timeout: float) -> bool:
    """Whether ``sock`` has a message or EOF within ``timeout`` seconds (poll, not select: a
    busy worker's descriptors may be numbered past select's limit)."""
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    return bool(poller.poll(timeout * 1000))


def _spawn(
    command: InitCommand,
    runner: Path,
    box: socket.socket,
    owner: Owner | None,
    cg: cgroups.RunCgroup | None,
    pass_fds: Sequence[int],
    errors: int,
) -> subprocess.Popen[bytes]:
    """bwrap, joined to the init's cgroup and dropped to the run's uid before it execs."""
    runner_fd = os.open(runner, os.O_RDONLY | os.O_CLOEXEC)
    join_fds = [os.open(p, os.O_WRONLY | os.O_CLOEXEC) for p in cg.procs_files()] if cg else []
    try:
        proc: subprocess.Popen[bytes] = subprocess.Popen(
            command(runner_fd, box.fileno()),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            env={},
            close_fds=True,
            pass_fds=[runner_fd, box.fileno(), *pass_fds],
            preexec_fn=childsetup.preexec(join_fds, []),
            **user_kwargs(owner),  # type: ignore[call-overload]
        )
    finally:
        os.close(runner_fd)
        for fd in join_fds:
            os.close(fd)
    return proc


class WarmRun(Launched):
    """A run that the init of a warm box forked."""

    def __init__(self, init: BoxInit) -> None:
        self.init = init
        self._ended = False

    @property
    def exit_fd(self) -> int:
        return self.init.control_fd

    def kill(self) -> None:
        """The run's cgroup is killed next; the init cannot be reached by a signal meant for
        its child, and needs none."""

    def wait(self) -> Ended:
        ended = self.init.reply()
        self._ended = True
        return ended

    def exit_of(self, ended: Ended, stderr: bytes) -> tuple[int | None, int | None]:
        return split_status(ended.status)

    def release(self) -> None:
        if not self._ended:
            self.init.abandon()


def close_quietly(init: BoxInit | None) -> None:
    if init is not None:
        with contextlib.suppress(OSError):
            init.close()

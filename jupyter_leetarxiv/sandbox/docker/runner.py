"""The runner: pid 1 of a box container, which runs the box's programs one at a time on request.

Why pid 1: a program runs as the same uid as the runner (the container holds no capability to
switch uids), so any other process of the runner's would be the program's to kill, stop or trace.
The kernel shields a pid namespace's init from its own namespace: SIGKILL and SIGSTOP from inside
never reach it, nor any signal it has no handler for, and kill(-1) passes it by. The runner also
makes itself non-dumpable, which closes /proc/1/mem, /proc/1/fd and ptrace to processes without
CAP_SYS_PTRACE (the container has none). Its stdin and stdout are the container's, attached by
the host, so a program can neither read a request nor forge a reply.

A run: fork; in the child raise the OOM score (so the cgroup's OOM killer picks the program, never
the runner), lower the rlimits (those of the local backend, plus RLIMIT_NPROC, which counts per
uid, and the box's uid is its own), load the sandbox's seccomp filter on top of the engine's, and
exec the spawner (spawn.c), a small static binary that forks the program and exits, so that the
program's peak RSS is its own and not the Python runner's. The runner feeds stdin and reads stdout
and stderr under the output limit (``Pump``), and every 10 ms adds up the CPU time and the
resident memory of every process in the container but itself, plus what /tmp and /dev/shm hold,
ending the run at its CPU, memory or wall-clock limit. The container's cgroup bounds the
box as a whole (memory, pids, CPU share); a run's own memory limit is enforced by that sampling,
by each process's peak RSS after the run, and by the cgroup's OOM counter. When the program ends,
or is ended, kill(-1, SIGKILL) ends every other process in the container, and /tmp, /dev/shm and
System V IPC objects are emptied: nothing of a run outlives it but the work dir.

Usage (the container's command; only the host talks to it):
    python3 -I -m jupyter_leetarxiv.sandbox.docker.runner
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from jupyter_leetarxiv.sandbox import childsetup, seccomp
from jupyter_leetarxiv.sandbox.base import Limits, RunResult, RunStatus
from jupyter_leetarxiv.sandbox.docker import protocol
from jupyter_leetarxiv.sandbox.pump import Pump
from jupyter_leetarxiv.sandbox.supervisor import run_status, split_status

# The small static binary that forks each program (spawn.c): the program's peak RSS is then its
# own, not the Python runner's.
SPAWN = "/usr/local/libexec/leetarxiv-spawn"
TICK = 0.01  # seconds between two samples of a run's CPU time and memory
_DRAIN_GRACE = 1.0
_CLK_TCK = os.sysconf("SC_CLK_TCK")
_PAGE = os.sysconf("SC_PAGE_SIZE")
_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4
_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2

_libc = ctypes.CDLL(None, use_errno=True)
_libc.prctl.argtypes = [ctypes.c_int, *[ctypes.c_ulong] * 4]  # unused ones must be 0
_libc.prctl.restype = ctypes.c_int


def _prctl(option: int, arg2: int = 0, arg3: int = 0) -> int:
    result: int = _libc.prctl(option, arg2, arg3, 0, 0)
    if result < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"prctl({option}): {os.strerror(err)}")
    return result


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


class SeccompFilter:
    """The sandbox's BPF program, built in the runner, loaded by each child before it execs."""

    def __init__(self, program: bytes) -> None:
        self._buffer = ctypes.create_string_buffer(program, len(program))
        self._fprog = _SockFprog(len(program) // 8, ctypes.addressof(self._buffer))

    def load(self) -> None:
        _prctl(_PR_SET_NO_NEW_PRIVS, 1)
        _prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.addressof(self._fprog))


# What the cgroup of the container says, read-only from inside (v2 names first, then v1).
_OOM_FILES = ("/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control")
_CGROUP_LIMITS = {
    "memory": ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"),
    "pids": ("/sys/fs/cgroup/pids.max", "/sys/fs/cgroup/pids/pids.max"),
    "cpu": ("/sys/fs/cgroup/cpu.max", "/sys/fs/cgroup/cpu/cpu.cfs_quota_us"),
}


def _read(path: str) -> str | None:
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def oom_kills() -> int | None:
    """How many times the container's cgroup has OOM-killed a process; None if unknown."""
    for path in _OOM_FILES:
        text = _read(path)
        for line in (text or "").splitlines():
            key, _, value = line.partition(" ")
            if key == "oom_kill":
                return int(value)
    return None


def _cgroup_limit(kind: str) -> str | None:
    for path in _CGROUP_LIMITS[kind]:
        text = _read(path)
        if text is not None:
            return text.strip()
    return None


def _others() -> list[int]:
    """Every process in the container but the runner: all of them belong to the current run."""
    me = os.getpid()
    return [int(e.name) for e in os.scandir("/proc") if e.name.isdigit() and int(e.name) != me]


def _cpu_ticks(pid: int) -> int:
    """utime + stime + cutime + cstime of a process (its own and its reaped children's)."""
    text = _read(f"/proc/{pid}/stat")
    if text is None:
        return 0
    fields = text[text.rfind(")") + 2 :].split()
    return sum(int(fields[i]) for i in (11, 12, 13, 14))


def _rss(pid: int) -> int:
    text = _read(f"/proc/{pid}/statm")
    return int(text.split()[1]) * _PAGE if text else 0


def _pss(pid: int) -> int:
    """Proportional set size: pages shared by forked processes counted once in all."""
    for line in (_read(f"/proc/{pid}/smaps_rollup") or "").splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


# tmpfs that every run gets empty and whose pages are memory: a run's files there count as its
# memory, as /tmp's do in the local backend's run cgroup. The work dir persists between runs.
SCRATCH = ("/tmp", "/dev/shm")  # noqa: S108 -- the container's own tmpfs


def scratch_used() -> int:
    used = 0
    for path in SCRATCH:
        try:
            st = os.statvfs(path)
        except OSError:
            continue
        used += (st.f_blocks - st.f_bfree) * st.f_frsize
    return used


@dataclass
class _Watch:
    """The sampling of one run: the ``check`` that Pump calls every TICK."""

    limits: Limits
    peak: int = 0

    def check(self) -> tuple[RunStatus | None, float]:
        pids = _others()
        cpu = sum(_cpu_ticks(p) for p in pids) / _CLK_TCK
        if cpu > self.limits.cpu_time:
            return RunStatus.TIME_LIMIT, 0.0
        memory = sum(_rss(p) for p in pids)
        if memory > self.limits.memory and len(pids) > 1:
            memory = sum(_pss(p) for p in pids)  # forked processes share pages
        memory += scratch_used()
        self.peak = max(self.peak, memory)
        if memory > self.limits.memory:
            return RunStatus.MEMORY_LIMIT, 0.0
        return None, TICK


@dataclass
class _Reaped:
    """What kill_all collected: the main program's wait status and the largest peak RSS."""

    status: int | None = None
    max_rss: int = 0
    statuses: dict[int, int] = field(default_factory=dict)


def kill_all(main_pid: int) -> _Reaped:
    """SIGKILL every process in the container but the runner, and reap them all.

    kill(-1) from init walks every process under the task list lock, which fork also needs, so a
    fork bomb cannot add a process the walk misses; it is sent again before each reap anyway.
    """
    reaped = _Reaped()
    while True:
        with contextlib.suppress(ProcessLookupError):
            os.kill(-1, signal.SIGKILL)
        try:
            pid, status, usage = os.wait4(-1, 0)
        except ChildProcessError:
            return reaped
        reaped.max_rss = max(reaped.max_rss, usage.ru_maxrss * 1024)
        if pid == main_pid:
            reaped.status = status


def clean_up() -> None:
    """What one run leaves besides the work dir goes: /tmp, /dev/shm and System V IPC objects
    (the container's IPC namespace is the box's, shared by its runs)."""
    for path in SCRATCH:
        with contextlib.suppress(OSError):
            for entry in os.scandir(path):
                with contextlib.suppress(OSError):
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path)
                    else:
                        os.unlink(entry.path)  # noqa: PTH108 -- an entry of scandir
    for kind, remove in _IPC_REMOVERS.items():
        for line in (_read(f"/proc/sysvipc/{kind}") or "").splitlines()[1:]:
            ipc_id = int(line.split()[1])
            remove(ipc_id)


_IPC_RMID = 0
_IPC_REMOVERS: dict[str, Callable[[int], object]] = {
    "shm": lambda i: _libc.shmctl(i, _IPC_RMID, None),
    "sem": lambda i: _libc.semctl(i, 0, _IPC_RMID),
    "msg": lambda i: _libc.msgctl(i, _IPC_RMID, None),
}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Runner:
    """Serves requests from ``requests`` and answers on ``replies`` until stdin ends."""

    def __init__(self, requests: BinaryIO, replies: BinaryIO) -> None:
        self.requests = requests
        self.replies = replies
        program = seccomp.bpf_program()
        self.filter = SeccompFilter(program) if program is not None else None

    def serve(self) -> None:
        self._send(protocol.ready())
        for line in self.requests:
            try:
                reply = self.handle(protocol.decode(line))
            except protocol.ProtocolError as e:
                reply = {"ok": False, "error": f"protocol: {e}"}
            except Exception as e:  # a runner bug: say so, and keep serving
                traceback.print_exc(file=sys.stderr)
                reply = {"ok": False, "error": f"runner: {e!r}"}
            self._send(reply)

    def _send(self, message: Mapping[str, Any]) -> None:
        self.replies.write(protocol.encode(message))
        self.replies.flush()

    def handle(self, message: dict[str, Any]) -> dict[str, Any]:
        op = message.get("op")
        if op == "run":
            return {"ok": True, "result": protocol.result_to_dict(self.run(message))}
        if op == "probe":
            return {"ok": True, "probe": self.probe()}
        raise protocol.ProtocolError(f"unknown op {op!r}")

    def probe(self) -> dict[str, Any]:
        """What this container enforces, seen from inside (for ``leetarxiv doctor``)."""
        status = dict(
            line.split(":\t", 1) for line in (_read("/proc/self/status") or "").splitlines()
        )
        return {
            "uid": os.getuid(),
            "gid": os.getgid(),
            "pid": os.getpid(),
            "capabilities": status.get("CapEff", "").strip(),
            "no_new_privs": status.get("NoNewPrivs", "").strip() == "1",
            "seccomp": status.get("Seccomp", "").strip(),
            "box_filter": self.filter is not None,
            "dumpable": _prctl(_PR_GET_DUMPABLE),
            "read_only_root": bool(os.statvfs("/").f_flag & os.ST_RDONLY),
            "interfaces": sorted(e.name for e in os.scandir("/sys/class/net")),
            "memory": _cgroup_limit("memory"),
            "pids": _cgroup_limit("pids"),
            "cpu": _cgroup_limit("cpu"),
            "oom_counter": oom_kills() is not None,
        }

    def run(self, message: dict[str, Any]) -> RunResult:
        argv = message.get("argv")
        env = message.get("env")
        cwd = message.get("cwd")
        if not argv or not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
            raise protocol.ProtocolError("argv must be a non-empty list of strings")
        if not isinstance(env, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in env.items()
        ):
            raise protocol.ProtocolError("env must map strings to strings")
        if not isinstance(cwd, str):
            raise protocol.ProtocolError("cwd must be a string")
        return _Run(
            argv,
            env,
            cwd,
            protocol.unb64(message.get("stdin", "")),
            protocol.limits_from(message.get("limits")),
            self.filter,
        ).go()


class _Run:
    """One run, from fork to result."""

    def __init__(
        self,
        argv: list[str],
        env: dict[str, str],
        cwd: str,
        stdin: bytes,
        limits: Limits,
        box_filter: SeccompFilter | None,
    ) -> None:
        self.argv = argv
        self.env = env
        self.cwd = cwd
        self.stdin = stdin
        self.limits = limits
        self.filter = box_filter

    def _child_setup(self) -> Callable[[], None]:
        """The preexec_fn: computed here, so the child only makes system calls."""
        rlimits = childsetup.rlimits(self.limits)
        nproc = self.limits.processes + 1  # the runner is a process of the same uid
        rlimits.append((resource.RLIMIT_NPROC, nproc, nproc))
        lower = childsetup.preexec([], rlimits)
        box_filter = self.filter

        def child() -> None:
            # The runner is not dumpable and the child inherits that until exec, which resets
            # it: until then its own /proc files are root's. Being dumpable here reveals
            # nothing more than the program will be able to read once it runs.
            _prctl(_PR_SET_DUMPABLE, 1)
            fd = os.open("/proc/self/oom_score_adj", os.O_WRONLY)
            try:
                os.write(fd, b"1000")
            finally:
                os.close(fd)
            lower()
            if box_filter is not None:
                box_filter.load()

        return child

    def go(self) -> RunResult:
        oom_before = oom_kills()
        cpu_before = _children_cpu()
        in_r, in_w = os.pipe()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        pid_r, pid_w = os.pipe()
        pump = Pump(
            stdout_fd=out_r,
            stderr_fd=err_r,
            output_limit=self.limits.output,
            stderr_kept=self.limits.stderr,
            stdin_fd=in_w,
            stdin_data=self.stdin,
        )
        try:
            start = time.monotonic()
            try:
                spawner = subprocess.Popen(
                    [SPAWN, str(pid_w), *self.argv],
                    stdin=in_r,
                    stdout=out_w,
                    stderr=err_w,
                    cwd=self.cwd,
                    env=self.env,
                    close_fds=True,
                    pass_fds=(pid_w,),
                    preexec_fn=self._child_setup(),  # the runner has no other threads
                )
            finally:
                for fd in (in_r, out_w, err_w, pid_w):
                    os.close(fd)
            pid = _read_pid(pid_r)
            spawner.wait()  # it exits as soon as the program is started
            if pid is None:
                return self._not_started(spawner, pump, start)
            return self._supervise(pid, pump, start, oom_before, cpu_before)
        finally:
            os.close(pid_r)
            pump.close()

    def _not_started(self, spawner: subprocess.Popen[bytes], pump: Pump, start: float) -> RunResult:
        """The spawner could not fork (its stderr says why): the run failed to start."""
        pump.run(deadline=time.monotonic() + _DRAIN_GRACE, exit_fd=None, check=None)
        exit_code, sig = _split_code(spawner.returncode)
        return RunResult(
            status=RunStatus.SIGNALED if sig is not None else RunStatus.EXITED,
            exit_code=exit_code,
            signal=sig,
            cpu_time=0.0,
            wall_time=time.monotonic() - start,
            memory=0,
            stdout=pump.stdout.value(),
            stderr=pump.stderr.value(),
        )

    def _supervise(
        self, pid: int, pump: Pump, start: float, oom_before: int | None, cpu_before: float
    ) -> RunResult:
        watch = _Watch(self.limits)
        try:
            exit_fd = os.pidfd_open(pid)
            try:
                reason = pump.run(
                    deadline=start + self.limits.effective_wall_time,
                    exit_fd=exit_fd,
                    check=watch.check,
                )
            finally:
                os.close(exit_fd)
            wall = time.monotonic() - start
        finally:
            reaped = kill_all(pid)  # whatever happened: nothing of the run outlives it
            scratch = scratch_used()
            clean_up()
        if reaped.status is None:
            raise RuntimeError(f"the program (pid {pid}) was not reaped")
        drained = pump.run(deadline=time.monotonic() + _DRAIN_GRACE, exit_fd=None, check=None)
        if reason is None and drained is RunStatus.OUTPUT_LIMIT:
            reason = drained
        cpu = _children_cpu() - cpu_before
        exit_code, sig = split_status(reaped.status)
        oom_after = oom_kills()
        if reason is None:
            oom = oom_before is not None and oom_after is not None and oom_after > oom_before
            out_of_memory = oom or reaped.max_rss + scratch > self.limits.memory
            reason = run_status(self.limits, out_of_memory, cpu, exit_code, sig)
        return RunResult(
            status=reason,
            exit_code=exit_code,
            signal=sig,
            cpu_time=cpu,
            wall_time=wall,
            memory=max(watch.peak, reaped.max_rss + scratch),
            stdout=pump.stdout.value(),
            stderr=pump.stderr.value(),
        )


def _read_pid(fd: int) -> int | None:
    """The program's pid, as the spawner wrote it; None if it wrote none (the fork failed)."""
    data = b""
    while chunk := os.read(fd, 64):
        data += chunk
    return int(data) if data.isdigit() else None


def _split_code(returncode: int) -> tuple[int | None, int | None]:
    """(exit code, signal) from a Popen return code (negative: the signal)."""
    return (None, -returncode) if returncode < 0 else (returncode, None)


def main() -> int:
    if os.getpid() != 1:
        # kill(-1) from anything but a container's init would reach far beyond the box.
        print("the runner only runs as pid 1 of a box container", file=sys.stderr)
        return 2
    _prctl(_PR_SET_DUMPABLE, 0)
    # An init receives from its own namespace only the signals it handles: handle none.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    Runner(sys.stdin.buffer, sys.stdout.buffer).serve()
    return 0


if __name__ == "__main__":
    sys.exit(main())

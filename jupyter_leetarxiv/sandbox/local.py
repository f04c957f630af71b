"""The local backend: one bubblewrap sandbox per run, in a fresh cgroup, as an unprivileged uid.

A run is: create a cgroup and set its limits; fork; in the child join the cgroup, lower rlimits,
drop to the sandbox uid (subprocess does this), exec bwrap, which unshares every namespace,
builds a minimal read-only root around the box's work dir, loads the seccomp filter and execs the
program. The host feeds stdin, reads stdout and stderr under caps and watches wall and CPU time
in one poll loop; when the run ends, for whatever reason, every process left in the cgroup is
killed, and the cgroup is removed.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from jupyter_leetarxiv.sandbox import cgroups, childsetup, seccomp
from jupyter_leetarxiv.sandbox.base import (
    Box,
    Enforcement,
    Limits,
    RunResult,
    RunStatus,
    Sandbox,
    SandboxError,
)
from jupyter_leetarxiv.sandbox.mounts import BOX_PATH, BOX_TMP, BWRAP, Layout, bwrap_argv
from jupyter_leetarxiv.sandbox.probe import (
    HostProbe,
    Owner,
    probe_namespaces,
    run_user,
    user_kwargs,
)
from jupyter_leetarxiv.sandbox.pump import Pump
from jupyter_leetarxiv.sandbox.workdir import WorkDir

NOBODY = 65534
# bwrap's own processes in the run's cgroup: the outer bwrap and the pid namespace's init.
BWRAP_TASKS = 2
EXEC_FAILED = 127  # the exit code of a run whose program could not be executed, as in a shell
_DRAIN_GRACE = 1.0  # seconds to collect output after the last process is dead
_CPUS = len(os.sched_getaffinity(0))


def default_env(home: str) -> dict[str, str]:
    """What every run sees unless its ``env`` overrides it; nothing comes from the host's env."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": home,
        "TMPDIR": BOX_TMP,
        "LANG": "C.UTF-8",
    }


@dataclass(frozen=True)
class _Config:
    """What every box of a sandbox shares (immutable, so threads may share it freely)."""

    bwrap: str
    layout: Layout
    owner: Owner | None
    isolated: bool
    cgroups: cgroups.CgroupDriver | None


class LocalSandbox(Sandbox):
    """Boxes backed by bubblewrap, cgroups, rlimits and seccomp on this machine.

    ``uid``/``gid`` are what runs use when the worker is root; otherwise runs keep the worker's
    own uid. ``root`` is where work dirs are made (default: the system temp dir).
    ``allow_unisolated`` lets boxes run as plain subprocesses (rlimits and cgroups only) on a
    machine without working user namespaces: for trusted code, never for a public judge.
    """

    name = "local"

    def __init__(
        self,
        *,
        root: Path | None = None,
        uid: int = NOBODY,
        gid: int = NOBODY,
        allow_unisolated: bool = False,
        bwrap: str = BWRAP,
    ) -> None:
        self.root = root if root is not None else Path(tempfile.gettempdir())
        self.allow_unisolated = allow_unisolated
        self._bwrap = bwrap
        self._owner = run_user(uid, gid)
        self._lock = threading.Lock()
        self._probe: HostProbe | None = None
        self._config: _Config | None = None

    def _configure(self) -> tuple[HostProbe, _Config]:
        """Probe the machine once, on first use, whichever thread gets here first."""
        with self._lock:
            if self._probe is None or self._config is None:
                layout = Layout.of_host()
                ok, detail = probe_namespaces(self._bwrap, layout, self._owner)
                driver, cg_detail = _cgroup_driver()
                self._probe = HostProbe(
                    namespaces=ok,
                    namespace_detail=detail,
                    owner=self._owner,
                    cgroups=driver.features if driver else None,
                    cgroup_detail=cg_detail,
                )
                self._config = _Config(self._bwrap, layout, self._owner, ok, driver)
            return self._probe, self._config

    def enforcement(self) -> list[Enforcement]:
        return self._configure()[0].enforcement()

    def open_box(self, *, toolchain_paths: Sequence[str] = ()) -> LocalBox:
        probe, config = self._configure()
        if not config.isolated and not self.allow_unisolated:
            raise SandboxError(
                f"no namespaces for the sandbox ({probe.namespace_detail}); "
                "to fix: install bubblewrap (apt-get install bubblewrap) and allow "
                "unprivileged user namespaces (sysctl user.max_user_namespaces=10000); "
                "or, for trusted code only, use LocalSandbox(allow_unisolated=True)"
            )
        try:
            work = WorkDir.create(self.root, config.owner)
        except OSError as e:
            raise SandboxError(f"cannot create a work dir in {self.root}: {e}") from e
        return LocalBox(config, work, tuple(toolchain_paths))


def _cgroup_driver() -> tuple[cgroups.CgroupDriver | None, str]:
    try:
        driver = cgroups.detect()
    except OSError as e:
        return None, f"unusable: {e}"
    if driver is None:
        return None, "no writable cgroup hierarchy with memory or pids"
    if isinstance(driver, cgroups.V1Driver):
        where = ", ".join(str(p) for p in driver.bases.values())
    else:
        assert isinstance(driver, cgroups.V2Driver)
        where = str(driver.base)
    return driver, f"run cgroups under {where}"


class LocalBox(Box):
    """A work dir plus runs in it. One thread uses a box at a time; boxes are independent."""

    def __init__(self, config: _Config, work: WorkDir, toolchain_paths: tuple[str, ...]) -> None:
        self._config = config
        self._work = work
        self._toolchain_paths = toolchain_paths

    @property
    def workdir(self) -> str:
        return BOX_PATH if self._config.isolated else str(self._work.path)

    @property
    def host_path(self) -> Path:
        """Where the work dir is on the host (for diagnostics; never open paths under it)."""
        return self._work.path

    def put(self, name: str, data: bytes, *, executable: bool = False) -> None:
        try:
            self._work.put(name, data, executable=executable)
        except OSError as e:
            # ELOOP/ENOTDIR: the program replaced a directory on the way with a symlink or file.
            raise SandboxError(f"cannot write {name!r} into the box: {e}") from e

    def get(self, name: str, max_bytes: int) -> bytes | None:
        return self._work.get(name, max_bytes)

    def close(self) -> None:
        self._work.remove()

    def run(
        self,
        argv: Sequence[str],
        *,
        limits: Limits,
        stdin: Path | bytes | None = None,
        env: Mapping[str, str] | None = None,
    ) -> RunResult:
        if not argv:
            raise ValueError("empty argv")
        run_env = default_env(self.workdir) | dict(env or {})
        driver = self._config.cgroups
        try:
            cg = driver.create() if driver is not None else None
        except OSError as e:
            raise SandboxError(f"cannot create a cgroup: {e}") from e
        try:
            if cg is not None:
                cg.limit(memory=limits.memory, pids=limits.processes + BWRAP_TASKS)
            return _Run(self._config, self._command(argv, run_env, limits), cg, limits).go(
                stdin=stdin,
                cwd=self.workdir if not self._config.isolated else "/",
                env=run_env if not self._config.isolated else {},
            )
        except OSError as e:
            raise SandboxError(f"sandbox failure: {e}") from e
        finally:
            if cg is not None:
                cg.kill_all()
                cg.remove()

    def _command(self, argv: Sequence[str], env: Mapping[str, str], limits: Limits) -> _Command:
        if not self._config.isolated:
            return _Command(list(argv), seccomp_fd=None)
        program = seccomp.bpf_program()
        seccomp_fd = _bytes_fd(program) if program is not None else None
        full = bwrap_argv(
            layout=self._config.layout,
            workdir=str(self._work.path),
            toolchain_paths=self._toolchain_paths,
            env=env,
            seccomp_fd=seccomp_fd,
            tmp_size=limits.memory,
            argv=argv,
        )
        full[0] = self._config.bwrap
        return _Command(full, seccomp_fd)


@dataclass
class _Command:
    argv: list[str]
    seccomp_fd: int | None  # read end of a pipe holding the BPF program, for the child


def _bytes_fd(data: bytes) -> int:
    """A pipe's read end holding ``data`` (small enough for the pipe buffer) then EOF."""
    r, w = os.pipe()
    try:
        os.write(w, data)
    finally:
        os.close(w)
    return r


@contextlib.contextmanager
def _closing(fds: list[int]) -> Iterator[list[int]]:
    try:
        yield fds
    finally:
        for fd in fds:
            with contextlib.suppress(OSError):
                os.close(fd)


class _Run:
    """One run, from fork to result."""

    def __init__(
        self, config: _Config, command: _Command, cg: cgroups.RunCgroup | None, limits: Limits
    ) -> None:
        self.config = config
        self.command = command
        self.cg = cg
        self.limits = limits

    def go(self, *, stdin: Path | bytes | None, cwd: str, env: Mapping[str, str]) -> RunResult:
        # Every fd the child needs is closed in the parent once the child has it.
        with _closing([]) as child_fds:
            if self.command.seccomp_fd is not None:
                child_fds.append(self.command.seccomp_fd)
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
                proc = subprocess.Popen(
                    self.command.argv,
                    stdin=stdin_fd,
                    stdout=out_w,
                    stderr=err_w,
                    cwd=cwd,
                    env=dict(env),
                    close_fds=True,
                    pass_fds=[] if self.command.seccomp_fd is None else [self.command.seccomp_fd],
                    preexec_fn=childsetup.preexec(join_fds, childsetup.rlimits(self.limits)),
                    **user_kwargs(self.config.owner),  # type: ignore[call-overload]
                )
            except BaseException:
                pump.close()
                raise
        try:
            return self._supervise(proc, pump, start)
        finally:
            pump.close()
            if proc.returncode is None:
                proc.kill()
                proc.wait()

    def _stdin(self, stdin: Path | bytes | None) -> tuple[int, int | None]:
        """The child's stdin fd and, for bytes, the host's write end of its pipe."""
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

    def _supervise(self, proc: subprocess.Popen[bytes], pump: Pump, start: float) -> RunResult:
        deadline = start + self.limits.effective_wall_time
        exit_fd = os.pidfd_open(proc.pid)
        try:
            reason = pump.run(deadline=deadline, exit_fd=exit_fd, check=self._cpu_check)
        finally:
            os.close(exit_fd)
        if reason is not None:
            self._kill(proc)
        # pump.run returned None only once the process had exited: this wait does not block.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        # Nothing of the run may outlive it, a daemonized double fork included.
        if self.cg is not None:
            self.cg.kill_all()
        drained = pump.run(deadline=time.monotonic() + _DRAIN_GRACE, exit_fd=None, check=None)
        if reason is None and drained is RunStatus.OUTPUT_LIMIT:
            reason = drained
        return self._result(reason, status, usage, wall, pump)

    def _kill(self, proc: subprocess.Popen[bytes]) -> None:
        # Not reaped yet, so the pid is still ours even if the process has just exited.
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGKILL)
        if self.cg is not None:
            self.cg.kill_all()

    def _result(
        self,
        reason: RunStatus | None,
        status: int,
        usage: resource.struct_rusage,
        wall: float,
        pump: Pump,
    ) -> RunResult:
        exit_code, sig = self._exit(status)
        stderr = pump.stderr.value()
        if self.config.isolated and exit_code == 1 and stderr.startswith(b"bwrap: "):
            if not stderr.startswith(b"bwrap: execvp "):
                # bwrap could not build the sandbox: the program never ran.
                raise SandboxError(stderr.decode(errors="replace").strip())
            # The program is missing or not executable (it may have deleted itself in an
            # earlier run): its own failure, reported as a shell reports it.
            exit_code = EXEC_FAILED
        cpu = self.cg.cpu_time() if self.cg is not None else None
        if cpu is None:
            cpu = usage.ru_utime + usage.ru_stime
        peak = self.cg.memory_peak() if self.cg is not None else None
        if peak is None:
            peak = usage.ru_maxrss * 1024
        if reason is None:
            reason = self._status(exit_code, sig, cpu)
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

    def _exit(self, status: int) -> tuple[int | None, int | None]:
        """(exit code, signal) of the program from the wait status of its launcher.

        bwrap reports a program killed by signal N as exit code 128 + N, like a shell, so an
        exit code above 128 that names a signal is read as that signal.
        """
        if os.WIFSIGNALED(status):
            return None, os.WTERMSIG(status)
        code = os.WEXITSTATUS(status)
        if self.config.isolated and 128 < code <= 128 + signal.NSIG - 1:
            return None, code - 128
        return code, None

    def _status(self, exit_code: int | None, sig: int | None, cpu: float) -> RunStatus:
        if self.cg is not None and self.cg.oom_killed():
            return RunStatus.MEMORY_LIMIT
        if cpu > self.limits.cpu_time or sig == signal.SIGXCPU:
            return RunStatus.TIME_LIMIT
        if sig is not None:
            return RunStatus.SIGNALED
        return RunStatus.OK if exit_code == 0 else RunStatus.EXITED

"""The local backend: bubblewrap namespaces, a fresh cgroup per run, rlimits, seccomp, and an
unprivileged uid.

A run is: create a cgroup and set its limits; start the program so that it joins the cgroup and
lowers its rlimits before it runs any code of its own; feed stdin, read stdout and stderr under
caps and watch wall and CPU time in one poll loop; and when the run ends, for whatever reason,
kill every process left in the cgroup and remove it.

Who starts the program: in a warm box (warm.py), the box's own init, inside one bwrap that lives
as long as the box; else a fresh bwrap per run (perrun.py). The first needs the in-box runner
(built with the host's C compiler) and a cgroup that can kill a whole run; where either is
missing the sandbox falls back to the second, which is slower by the cost of a bwrap, not weaker.
"""

from __future__ import annotations

import functools
import logging
import os
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from jupyter_leetarxiv.sandbox import cgroups, childsetup, runnerbin, seccomp
from jupyter_leetarxiv.sandbox.base import (
    Box,
    Enforcement,
    Limits,
    RunResult,
    Sandbox,
    SandboxError,
    default_env,
)
from jupyter_leetarxiv.sandbox.mounts import (
    BOX_PATH,
    BWRAP,
    INIT_PATH,
    Layout,
    bwrap_argv,
)
from jupyter_leetarxiv.sandbox.perrun import BWRAP_TASKS, PerRunLaunch
from jupyter_leetarxiv.sandbox.probe import (
    HostProbe,
    Owner,
    probe_namespaces,
    run_user,
)
from jupyter_leetarxiv.sandbox.supervisor import Launch, Supervisor
from jupyter_leetarxiv.sandbox.warm import INIT_MEMORY, INIT_TASKS, BoxInit, close_quietly
from jupyter_leetarxiv.sandbox.workdir import WorkDir
from jupyter_leetarxiv.user_cache import cache_root

log = logging.getLogger(__name__)

NOBODY = 65534


@dataclass(frozen=True)
class _Config:
    """What every box of a sandbox shares (immutable, so threads may share it freely)."""

    bwrap: str
    layout: Layout
    owner: Owner | None
    isolated: bool
    cgroups: cgroups.CgroupDriver | None
    runner: Path | None  # the in-box init's binary: boxes are warm


class LocalSandbox(Sandbox):
    """Boxes backed by bubblewrap, cgroups, rlimits and seccomp on this machine.

    ``uid``/``gid`` are what runs use when the worker is root; otherwise runs keep the worker's
    own uid. ``root`` is where work dirs are made (default: the system temp dir).
    ``allow_unisolated`` lets boxes run as plain subprocesses (rlimits and cgroups only) on a
    machine without working user namespaces: for trusted code, never for a public judge.
    ``warm`` (the default) starts one bwrap per box rather than per run where it can; the in-box
    runner it needs is built into ``cache_dir`` (default: user_cache.cache_root()).
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
        warm: bool = True,
        cache_dir: Path | None = None,
    ) -> None:
        self.root = root if root is not None else Path(tempfile.gettempdir())
        self.allow_unisolated = allow_unisolated
        self.warm = warm
        self.cache_dir = cache_dir if cache_dir is not None else cache_root()
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
                runner, runs = self._runner(ok, driver)
                self._probe = HostProbe(
                    namespaces=ok,
                    namespace_detail=detail,
                    owner=self._owner,
                    cgroups=driver.features if driver else None,
                    cgroup_detail=cg_detail,
                    runs=runs,
                )
                self._config = _Config(self._bwrap, layout, self._owner, ok, driver, runner)
            return self._probe, self._config

    def _runner(
        self, isolated: bool, driver: cgroups.CgroupDriver | None
    ) -> tuple[Path | None, str]:
        """The in-box runner for warm boxes, or None and the reason runs get a bwrap each."""
        per_run = "one bwrap per run"
        if not isolated:
            return None, "no bwrap: runs are plain processes"
        if not self.warm:
            return None, f"{per_run} (warm boxes turned off)"
        if driver is None or not driver.features.kill:
            return None, f"{per_run}: warm boxes need a cgroup that can kill a whole run"
        runner, detail = runnerbin.binary(self.cache_dir)
        if runner is None:
            log.warning("warm boxes unavailable, one bwrap per run: %s", detail)
            return None, f"{per_run}: {detail}"
        return runner, f"one bwrap per box; its init forks each run ({detail})"

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
        self._init: BoxInit | None = None

    @property
    def workdir(self) -> str:
        return BOX_PATH if self._config.isolated else str(self._work.path)

    @property
    def host_path(self) -> Path:
        """Where the work dir is on the host (for diagnostics; never open paths under it)."""
        return self._work.path

    @property
    def warm(self) -> bool:
        """Whether this box's runs are forked by one init rather than given a bwrap each."""
        return self._config.runner is not None

    def put(self, name: str, data: bytes, *, executable: bool = False) -> None:
        try:
            self._work.put(name, data, executable=executable)
        except OSError as e:
            # ELOOP/ENOTDIR: the program replaced a directory on the way with a symlink or file.
            raise SandboxError(f"cannot write {name!r} into the box: {e}") from e

    def get(self, name: str, max_bytes: int) -> bytes | None:
        return self._work.get(name, max_bytes)

    def close(self) -> None:
        close_quietly(self._init)
        self._init = None
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
            launch = self._launch(argv, run_env, limits)
            if cg is not None:
                # bwrap's own processes share a per-run cgroup; a warm box keeps them apart.
                extra = 0 if self.warm else BWRAP_TASKS
                cg.limit(memory=limits.memory, pids=limits.processes + extra)
            return Supervisor(launch, cg, limits).go(stdin)
        except OSError as e:
            raise SandboxError(f"sandbox failure: {e}") from e
        finally:
            if cg is not None:
                cg.kill_all()
                cg.remove()

    def _launch(self, argv: Sequence[str], env: Mapping[str, str], limits: Limits) -> Launch:
        if self.warm:
            rlimits = childsetup.rlimits(limits)
            return functools.partial(self._box_init().launch, argv, env, rlimits)
        if not self._config.isolated:
            return PerRunLaunch(
                lambda _status_fd: (list(argv), []),
                limits=limits,
                owner=self._config.owner,
                bwrap=False,
                cwd=self.workdir,
                env=env,
            )

        def command(status_fd: int | None) -> tuple[list[str], list[int]]:
            fd = seccomp.program_fd()
            full = self._bwrap_argv(argv, env, fd, tmp_size=limits.memory, status_fd=status_fd)
            return full, [] if fd is None else [fd]

        return PerRunLaunch(
            command, limits=limits, owner=self._config.owner, bwrap=True, cwd="/", env={}
        )

    def _box_init(self) -> BoxInit:
        """The init of this box, started on the first run (again if it died)."""
        if self._init is not None and self._init.alive:
            return self._init
        close_quietly(self._init)
        self._init = None
        runner = self._config.runner
        assert runner is not None
        seccomp_fd = seccomp.program_fd()

        def command(runner_fd: int, control_fd: int) -> list[str]:
            argv = [INIT_PATH, str(control_fd)]
            return self._bwrap_argv(argv, {}, seccomp_fd, tmp_size=None, init_fd=runner_fd)

        driver = self._config.cgroups
        cg = driver.create() if driver is not None else None
        try:
            if cg is not None:
                cg.limit(memory=INIT_MEMORY, pids=INIT_TASKS)
            self._init = BoxInit.start(
                command,
                runner=runner,
                owner=self._config.owner,
                cg=cg,
                pass_fds=[] if seccomp_fd is None else [seccomp_fd],
            )
        except BaseException:
            if cg is not None:
                cg.kill_all()
                cg.remove()
            raise
        finally:
            if seccomp_fd is not None:
                os.close(seccomp_fd)
        return self._init

    def _bwrap_argv(
        self,
        argv: Sequence[str],
        env: Mapping[str, str],
        seccomp_fd: int | None,
        *,
        tmp_size: int | None,
        init_fd: int | None = None,
        status_fd: int | None = None,
    ) -> list[str]:
        full = bwrap_argv(
            layout=self._config.layout,
            workdir=str(self._work.path),
            toolchain_paths=self._toolchain_paths,
            env=env,
            seccomp_fd=seccomp_fd,
            tmp_size=tmp_size,
            argv=argv,
            init_fd=init_fd,
            status_fd=status_fd,
        )
        full[0] = self._config.bwrap
        return full

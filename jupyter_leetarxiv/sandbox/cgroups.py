"""One fresh cgroup per run, on cgroup v1 or v2, behind one small interface.

Memory is limited and measured here rather than with RLIMIT_AS, because an address-space limit
breaks runtimes that reserve large virtual ranges (JVM, Go, GHC). The cgroup also counts every
process of a run, so CPU time, the pids limit and the final kill cover daemons and forks alike.

Run cgroups live in a ``leetarxiv/`` subtree under the worker's own cgroup of each hierarchy, so
the worker needs no delegation beyond what it already has (root on v1, a delegated subtree on v2).
"""

from __future__ import annotations

import abc
import contextlib
import errno
import itertools
import logging
import os
import re
import signal
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

SUBTREE = "leetarxiv"
V1_CONTROLLERS = ("memory", "pids", "cpuacct", "freezer")
_KILL_PATIENCE = 5.0  # seconds to wait for killed processes to leave a cgroup
_STALE_NAME = re.compile(r"(\d+)-\d+")  # a run cgroup's name: the worker's pid, a counter
_STALE_AGE = 60.0  # seconds after which an empty run cgroup of a dead worker is swept
_names = itertools.count()


@dataclass(frozen=True)
class CgroupFeatures:
    """Which limits and measurements a driver can provide on this machine."""

    version: str  # "v1" or "v2"
    memory: bool
    pids: bool
    cpu: bool
    kill: bool  # freeze-then-kill (v1 freezer, v2 cgroup.freeze) or v2 cgroup.kill


class RunCgroup(abc.ABC):
    """The cgroup (one directory per hierarchy) of a single run."""

    @abc.abstractmethod
    def procs_files(self) -> list[Path]:
        """The cgroup.procs files the child writes "0" into to join, one per hierarchy."""

    @abc.abstractmethod
    def limit(self, *, memory: int, pids: int) -> None:
        """Set the memory (bytes, swap included when the kernel can) and task limits."""

    @abc.abstractmethod
    def cpu_time(self) -> float | None:
        """CPU seconds used by every process that was ever in the cgroup."""

    @abc.abstractmethod
    def memory_peak(self) -> int | None:
        """Peak memory in bytes."""

    @abc.abstractmethod
    def oom_killed(self) -> bool:
        """Whether the kernel's OOM killer killed a process of this cgroup."""

    @abc.abstractmethod
    def pids(self) -> list[int]:
        """Host pids of the processes still in the cgroup."""

    @abc.abstractmethod
    def kill_all(self) -> None:
        """SIGKILL every process and wait until the cgroup is empty."""

    @abc.abstractmethod
    def remove(self) -> None:
        """Remove the cgroup's directories (it must be empty)."""


class CgroupDriver(abc.ABC):
    """Makes run cgroups for one hierarchy layout."""

    @property
    @abc.abstractmethod
    def features(self) -> CgroupFeatures: ...

    @abc.abstractmethod
    def create(self) -> RunCgroup: ...


def _read(path: Path) -> str:
    """A cgroup file's text (raw descriptors: a run does several of these, and they add up)."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        chunks = []
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
        return b"".join(chunks).decode()
    finally:
        os.close(fd)


def _write(path: Path, value: str, *, create: bool = True) -> None:
    """Replace a file's content, as open(path, "w") would (cgroupfs ignores O_CREAT/O_TRUNC
    on the files it has)."""
    flags = os.O_WRONLY | os.O_TRUNC | os.O_CLOEXEC | (os.O_CREAT if create else 0)
    fd = os.open(path, flags, 0o644)
    try:
        os.write(fd, value.encode())
    finally:
        os.close(fd)


def _write_if_present(path: Path, value: str) -> bool:
    """Write a file that only some kernels have; False if this one has not."""
    try:
        _write(path, value, create=False)
    except FileNotFoundError:
        return False
    return True


def _keyed(text: str) -> dict[str, int]:
    """Parse "key value" lines (memory.events, cpu.stat, memory.oom_control)."""
    out: dict[str, int] = {}
    for line in text.splitlines():
        key, _, value = line.partition(" ")
        with contextlib.suppress(ValueError):
            out[key] = int(value)
    return out


def _run_name() -> str:
    # Unique across worker processes (pid) and across threads of one process (the counter).
    return f"{os.getpid()}-{next(_names)}"


def _make(path: Path) -> None:
    """mkdir a run cgroup. Its name holds our pid, so one that exists already was left by a dead
    process that had the same pid: it goes first (rmdir refuses it if it holds a process)."""
    try:
        path.mkdir()
    except FileExistsError:
        path.rmdir()
        path.mkdir()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def sweep(base: Path) -> None:
    """Remove the run cgroups that workers which died (killed, crashed) left under ``base``.

    One is named for a pid that is gone and is older than a minute: a live worker's empty cgroup
    exists for milliseconds, even one whose pid means nothing in our pid namespace. rmdir refuses
    a cgroup that holds a process, so nothing in use can go.
    """
    now = time.time()
    for entry in base.iterdir():
        match = _STALE_NAME.fullmatch(entry.name)
        if match is None or _alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            if entry.is_dir() and now - entry.stat().st_mtime > _STALE_AGE:
                entry.rmdir()


def _rmdir_quietly(path: Path) -> None:
    """A cgroup left behind is a leak, not a failure of the run: log it and go on."""
    try:
        path.rmdir()
    except FileNotFoundError:
        pass
    except OSError as e:
        log.warning("cannot remove cgroup %s: %s", path, e)


def _kill_pids(pids: list[int]) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def _wait_until(done: Callable[[], bool], patience: float = _KILL_PATIENCE) -> bool:
    """Poll ``done`` with a short back-off until it is True or patience runs out."""
    deadline = time.monotonic() + patience
    delay = 0.0002
    while not done():
        if time.monotonic() > deadline:
            return False
        time.sleep(delay)
        delay = min(delay * 2, 0.02)
    return True


# --------------------------------------------------------------------------- v1


class V1RunCgroup(RunCgroup):
    def __init__(self, dirs: Mapping[str, Path]) -> None:
        self.dirs = dict(dirs)

    def procs_files(self) -> list[Path]:
        return [d / "cgroup.procs" for d in dict.fromkeys(self.dirs.values())]

    def limit(self, *, memory: int, pids: int) -> None:
        mem = self.dirs.get("memory")
        if mem is not None:
            _write(mem / "memory.limit_in_bytes", str(memory))
            # Without memsw a program could page out to swap and dodge the limit.
            _write_if_present(mem / "memory.memsw.limit_in_bytes", str(memory))
        pid_dir = self.dirs.get("pids")
        if pid_dir is not None:
            _write(pid_dir / "pids.max", str(pids))

    def cpu_time(self) -> float | None:
        acct = self.dirs.get("cpuacct")
        if acct is None:
            return None
        return int(_read(acct / "cpuacct.usage")) / 1e9

    def memory_peak(self) -> int | None:
        mem = self.dirs.get("memory")
        if mem is None:
            return None
        return int(_read(mem / "memory.max_usage_in_bytes"))

    def oom_killed(self) -> bool:
        mem = self.dirs.get("memory")
        if mem is None:
            return False
        return _keyed(_read(mem / "memory.oom_control")).get("oom_kill", 0) > 0

    def pids(self) -> list[int]:
        if not self.dirs:
            return []
        any_dir = next(iter(self.dirs.values()))
        return [int(p) for p in _read(any_dir / "cgroup.procs").split()]

    def kill_all(self) -> None:
        if not self.pids():
            return
        freezer = self.dirs.get("freezer")
        if freezer is not None:
            # Frozen tasks can neither fork nor exit, so the pid list is complete and no pid in it
            # can be recycled by an unrelated process before our SIGKILL lands.
            state = freezer / "freezer.state"
            _write(state, "FROZEN")
            _wait_until(lambda: _read(state).strip() == "FROZEN")
            _kill_pids(self.pids())
            _write(state, "THAWED")

        def emptied() -> bool:
            left = self.pids()
            _kill_pids(left)
            return not left

        if not _wait_until(emptied):
            log.warning("processes survive in cgroup %s", self.dirs)

    def remove(self) -> None:
        for d in dict.fromkeys(self.dirs.values()):
            _rmdir_quietly(d)


class V1Driver(CgroupDriver):
    """cgroup v1: one hierarchy per controller (or a few co-mounted ones)."""

    def __init__(self, bases: Mapping[str, Path]) -> None:
        """``bases`` maps a controller to the directory run cgroups are made in."""
        self.bases = dict(bases)

    @property
    def features(self) -> CgroupFeatures:
        return CgroupFeatures(
            version="v1",
            memory="memory" in self.bases,
            pids="pids" in self.bases,
            cpu="cpuacct" in self.bases,
            kill="freezer" in self.bases,
        )

    def create(self) -> RunCgroup:
        name = _run_name()
        dirs: dict[str, Path] = {}
        # Co-mounted controllers (cpu,cpuacct) share one directory; create it once.
        for controller, base in self.bases.items():
            d = base / name
            if d not in dirs.values():
                _make(d)
            dirs[controller] = d
        return V1RunCgroup(dirs)


# --------------------------------------------------------------------------- v2


class V2RunCgroup(RunCgroup):
    def __init__(self, path: Path) -> None:
        self.path = path

    def procs_files(self) -> list[Path]:
        return [self.path / "cgroup.procs"]

    def limit(self, *, memory: int, pids: int) -> None:
        if _write_if_present(self.path / "memory.max", str(memory)):
            _write_if_present(self.path / "memory.swap.max", "0")
            # One OOM kill ends the whole run, as a judge expects, not just its biggest process.
            _write_if_present(self.path / "memory.oom.group", "1")
        _write_if_present(self.path / "pids.max", str(pids))

    def cpu_time(self) -> float | None:
        try:
            return _keyed(_read(self.path / "cpu.stat"))["usage_usec"] / 1e6
        except (FileNotFoundError, KeyError):
            return None

    def memory_peak(self) -> int | None:
        try:
            return int(_read(self.path / "memory.peak"))
        except FileNotFoundError:
            return None

    def oom_killed(self) -> bool:
        try:
            events = _keyed(_read(self.path / "memory.events"))
        except FileNotFoundError:
            return False
        return events.get("oom_kill", 0) > 0 or events.get("oom_group_kill", 0) > 0

    def pids(self) -> list[int]:
        return [int(p) for p in _read(self.path / "cgroup.procs").split()]

    def _populated(self) -> bool:
        events = self.path / "cgroup.events"
        if events.exists():
            return _keyed(_read(events)).get("populated", 0) != 0
        return bool(self.pids())

    def kill_all(self) -> None:
        if not self._populated():
            return
        kill = self.path / "cgroup.kill"
        freeze = self.path / "cgroup.freeze"
        if kill.exists():
            _write(kill, "1")  # the kernel kills every descendant atomically (Linux 5.14+)
        elif freeze.exists():
            _write(freeze, "1")
            _wait_until(lambda: _keyed(_read(self.path / "cgroup.events")).get("frozen") == 1)
            _kill_pids(self.pids())
            _write(freeze, "0")

        def emptied() -> bool:
            if not self._populated():
                return True
            _kill_pids(self.pids())
            return False

        if not _wait_until(emptied):
            log.warning("processes survive in cgroup %s", self.path)

    def remove(self) -> None:
        _rmdir_quietly(self.path)


class V2Driver(CgroupDriver):
    """cgroup v2: one unified hierarchy; ``base`` must have memory and pids delegated to it."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self._controllers = set(self._enable_controllers())
        self._kill = (base / "cgroup.kill").exists() or (base / "cgroup.freeze").exists()

    def _enable_controllers(self) -> list[str]:
        """Enable memory, pids and cpu for run cgroups; return those that are available.

        Writing subtree_control fails with EBUSY when ``base`` holds processes itself (the v2
        no-internal-processes rule), which is why the worker should sit in a leaf of its
        delegated subtree and hand ``base`` to us empty.
        """
        available = _read(self.base / "cgroup.controllers").split()
        wanted = [c for c in ("memory", "pids", "cpu") if c in available]
        try:
            _write(self.base / "cgroup.subtree_control", " ".join(f"+{c}" for c in wanted))
        except OSError as e:
            log.warning("cannot enable %s in %s: %s", wanted, self.base, e)
        # The kernel lists bare names; a "+name" is accepted as well.
        enabled = {c.lstrip("+") for c in _read(self.base / "cgroup.subtree_control").split()}
        return [c for c in wanted if c in enabled]

    @property
    def features(self) -> CgroupFeatures:
        return CgroupFeatures(
            version="v2",
            memory="memory" in self._controllers,
            pids="pids" in self._controllers,
            cpu=True,  # cpu.stat's usage_usec exists without the cpu controller
            kill=self._kill,
        )

    def create(self) -> RunCgroup:
        path = self.base / _run_name()
        _make(path)
        return V2RunCgroup(path)


# --------------------------------------------------------------------------- discovery


@dataclass(frozen=True)
class Mount:
    point: Path
    root: str
    fstype: str
    options: frozenset[str]


def parse_mountinfo(text: str) -> list[Mount]:
    """The cgroup mounts of /proc/self/mountinfo."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        sep = fields.index("-")
        fstype = fields[sep + 1]
        if fstype not in ("cgroup", "cgroup2"):
            continue
        options = frozenset(fields[sep + 3].split(","))
        mounts.append(Mount(Path(fields[4]), fields[3], fstype, options))
    return mounts


def parse_proc_cgroup(text: str) -> dict[str, str]:
    """Map each v1 controller (and "" for the v2 hierarchy) to this process's cgroup path."""
    paths: dict[str, str] = {}
    for line in text.splitlines():
        _, controllers, path = line.split(":", 2)
        for controller in controllers.split(",") if controllers else [""]:
            paths[controller] = path
    return paths


def own_dir(mount: Mount, own: str) -> Path:
    """The directory of our cgroup inside ``mount`` (whose root may be a sub-cgroup)."""
    rel = own
    if mount.root != "/" and (own == mount.root or own.startswith(mount.root + "/")):
        rel = own[len(mount.root) :]
    return mount.point / rel.lstrip("/")


def _subtree(parent: Path) -> Path | None:
    """``parent/leetarxiv``, created if we may; None where we may not (not root, read-only)."""
    d = parent / SUBTREE
    try:
        d.mkdir(exist_ok=True)
    except OSError as e:
        if e.errno not in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT):
            raise
        return None
    return d


def v1_driver(mounts: list[Mount], own: Mapping[str, str]) -> V1Driver | None:
    bases: dict[str, Path] = {}
    for controller in V1_CONTROLLERS:
        mount = next((m for m in mounts if m.fstype == "cgroup" and controller in m.options), None)
        if mount is None or controller not in own:
            continue
        base = _subtree(own_dir(mount, own[controller]))
        if base is not None:
            sweep(base)
            bases[controller] = base
    return V1Driver(bases) if bases else None


def v2_driver(mounts: list[Mount], own: Mapping[str, str]) -> V2Driver | None:
    mount = next((m for m in mounts if m.fstype == "cgroup2"), None)
    if mount is None or "" not in own:
        return None
    ours = own_dir(mount, own[""])
    available = set(_read(ours / "cgroup.controllers").split()) & {"memory", "pids", "cpu"}
    if not available & {"memory", "pids"}:
        return None  # a hybrid system's cgroup2 mount with no controllers
    try:
        _write(ours / "cgroup.subtree_control", " ".join(f"+{c}" for c in sorted(available)))
    except OSError as e:
        # EBUSY: our own cgroup holds processes (v2's no-internal-processes rule). The run
        # cgroups then lack these controllers, and enforcement() says how to fix it.
        log.warning("cannot delegate %s below %s: %s", sorted(available), ours, e)
    base = _subtree(ours)
    if base is None:
        return None
    sweep(base)
    try:
        return V2Driver(base)
    except OSError as e:
        log.warning("cgroup v2 subtree %s unusable: %s", base, e)
        return None


def detect() -> CgroupDriver | None:
    """The driver for this process: v1 where memory is a v1 controller (hybrid), else v2."""
    mounts = parse_mountinfo(_read(Path("/proc/self/mountinfo")))
    own = parse_proc_cgroup(_read(Path("/proc/self/cgroup")))
    if any(m.fstype == "cgroup" and "memory" in m.options for m in mounts):
        return v1_driver(mounts, own)
    return v2_driver(mounts, own)

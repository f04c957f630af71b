"""The sandbox contract every backend (local, docker) implements.

A ``Box`` is one private work directory that lives for one submission: the compiler writes its
output there and every test run reuses it, so a backend may pay for namespaces once per box rather
than once per run. Files go in with ``put`` and come out with ``get``; the host never opens a path
inside the box by name, because code in the box could have replaced it with a symlink.
"""

from __future__ import annotations

import abc
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TypeVar

MiB = 1024 * 1024
BOX_TMP = "/tmp"  # noqa: S108 -- every box's own private tmpfs, never the host's
_Box = TypeVar("_Box", bound="Box")


def default_env(home: str) -> dict[str, str]:
    """What every run sees unless its ``env`` overrides it, in every backend: nothing comes
    from the host's environment."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": home,
        "TMPDIR": BOX_TMP,
        "LANG": "C.UTF-8",
    }


class SandboxError(Exception):
    """The sandbox itself failed (not the program in it): becomes a judge error."""


@dataclass(frozen=True)
class Limits:
    """Resource limits of one run. Times in seconds, sizes in bytes."""

    cpu_time: float = 1.0
    wall_time: float | None = None  # None: derived from cpu_time
    memory: int = 256 * MiB
    processes: int = 64
    output: int = 64 * MiB  # stdout and stderr each
    stderr: int = 64 * 1024  # how much of stderr the result keeps
    file_size: int = 64 * MiB
    open_files: int = 256

    @property
    def effective_wall_time(self) -> float:
        """Wall time defaults to twice the CPU time plus a second, so a sleeping program ends."""
        if self.wall_time is not None:
            return self.wall_time
        return 2 * self.cpu_time + 1.0


class RunStatus(str, enum.Enum):
    OK = "ok"  # exited 0
    EXITED = "exited"  # nonzero exit code
    SIGNALED = "signaled"  # killed by a signal it did not get from us
    TIME_LIMIT = "time-limit"  # CPU time limit
    WALL_LIMIT = "wall-limit"  # wall-clock limit
    MEMORY_LIMIT = "memory-limit"  # the cgroup's OOM killer fired
    OUTPUT_LIMIT = "output-limit"  # stdout or stderr went past Limits.output


@dataclass(frozen=True)
class RunResult:
    status: RunStatus
    exit_code: int | None
    signal: int | None
    cpu_time: float
    wall_time: float
    memory: int  # peak resident memory in bytes (cgroup), 0 when unknown
    stdout: bytes
    stderr: bytes

    @property
    def ok(self) -> bool:
        return self.status is RunStatus.OK


@dataclass(frozen=True)
class Enforcement:
    """One mechanism the sandbox relies on, and whether this machine provides it."""

    name: str
    enforced: bool
    detail: str
    fix: str = ""


class Box(abc.ABC):
    """A private work directory plus the means to run programs in it."""

    @abc.abstractmethod
    def put(self, name: str, data: bytes, *, executable: bool = False) -> None:
        """Write a file (relative name, may contain '/') into the work dir."""

    @abc.abstractmethod
    def get(self, name: str, max_bytes: int) -> bytes | None:
        """Read a file the box may have written; None if it is missing, not a regular file,
        or reached through a symlink. At most ``max_bytes`` are returned."""

    @abc.abstractmethod
    def run(
        self,
        argv: Sequence[str],
        *,
        limits: Limits,
        stdin: Path | bytes | None = None,
        env: Mapping[str, str] | None = None,
    ) -> RunResult:
        """Run argv with the work dir as cwd. ``stdin`` is a trusted host file or bytes."""

    @property
    @abc.abstractmethod
    def workdir(self) -> str:
        """The work dir's path as the program sees it (for argv)."""

    @abc.abstractmethod
    def close(self) -> None:
        """Kill whatever is left and remove the work dir without following symlinks."""

    def __enter__(self: _Box) -> _Box:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class Sandbox(abc.ABC):
    """A backend: makes boxes."""

    name: str

    @abc.abstractmethod
    def open_box(self, *, toolchain_paths: Sequence[str] = ()) -> Box:
        """A new box. ``toolchain_paths`` are host paths mounted read-only (absolute; those
        that do not exist are skipped) on top of the backend's minimal root."""

    @abc.abstractmethod
    def enforcement(self) -> list[Enforcement]:
        """What this backend enforces on this machine, for ``leetarxiv doctor``."""

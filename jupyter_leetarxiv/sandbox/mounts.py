"""The bubblewrap command line: which namespaces, and the minimal read-only root a run sees.

The root holds /usr, the merged-usr links, a handful of /etc files that the dynamic loader and
Debian's alternatives need, and the toolchain paths a language asks for. Nothing else of the host
is visible: no home, no /root, no problem data, no other box, and no /etc file with a secret.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from jupyter_leetarxiv.sandbox.base import BOX_TMP

BWRAP = "/usr/bin/bwrap"
BOX_PATH = "/box"
# Private tmpfs mounts inside the box (not the host's shared /tmp), with BOX_TMP.
BOX_SHM = "/dev/shm"  # noqa: S108
HOSTNAME = "sandbox"
# Where a warm box's init (runner.c) is copied, read-only, from a descriptor the host opened.
INIT_PATH = "/leetarxiv-init"

# Top-level names that merged-usr systems make symlinks into /usr (bound as dirs elsewhere).
USR_LINKS = ("bin", "sbin", "lib", "lib32", "lib64", "libx32")
# /etc entries toolchains read; none holds a secret (no shadow, no ssh keys, no credentials).
ETC_FILES = (
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/alternatives",
    "/etc/localtime",
)


@dataclass(frozen=True)
class Layout:
    """The host-dependent part of the root, computed once per sandbox."""

    args: tuple[str, ...]

    @classmethod
    def of_host(cls, root: Path = Path("/")) -> Layout:
        args: list[str] = ["--ro-bind", "/usr", "/usr"]
        for name in USR_LINKS:
            path = root / name
            if path.is_symlink():
                args += ["--symlink", str(path.readlink()), f"/{name}"]
            elif path.is_dir():
                args += ["--ro-bind", f"/{name}", f"/{name}"]
        for etc in ETC_FILES:
            args += ["--ro-bind-try", etc, etc]
        return cls(tuple(args))


def toolchain_args(paths: Sequence[str]) -> list[str]:
    """Read-only binds of the toolchain paths at the same place; missing ones are skipped."""
    args: list[str] = []
    for path in paths:
        if not Path(path).is_absolute():
            raise ValueError(f"toolchain path must be absolute: {path!r}")
        args += ["--ro-bind-try", path, path]
    return args


def env_args(env: Mapping[str, str]) -> list[str]:
    args: list[str] = []
    for key, value in env.items():
        args += ["--setenv", key, value]
    return args


def tmpfs_args(path: str, size: int | None) -> list[str]:
    """A private tmpfs at ``path``; without a size the kernel's default (half the RAM) holds,
    and the memory cgroup of whoever writes to it bounds it in practice."""
    return [*(["--size", str(size)] if size is not None else []), "--tmpfs", path]


def bwrap_argv(
    *,
    layout: Layout,
    workdir: str,
    toolchain_paths: Sequence[str],
    env: Mapping[str, str],
    seccomp_fd: int | None,
    tmp_size: int | None,
    argv: Sequence[str],
    init_fd: int | None = None,
    status_fd: int | None = None,
) -> list[str]:
    """The full bwrap argv that runs ``argv`` in ``workdir`` (a host path) bound at /box.

    With ``init_fd`` (runner.c's binary, open for reading) the box is a warm one: the binary is
    copied to INIT_PATH and ``argv``, which should run it, becomes pid 1 itself. A copy, because
    bwrap resolves a bound path as the run's uid, which may not reach the worker's cache.
    ``status_fd`` becomes bwrap's --json-status-fd, where it reports the program's exit.
    """
    args = [
        BWRAP,
        "--unshare-all",  # user, pid, net, ipc, uts, mount and (if possible) cgroup
        "--die-with-parent",
        "--new-session",  # no TIOCSTI into a terminal of ours
        "--hostname",
        HOSTNAME,
        "--clearenv",
        *env_args(env),
        *layout.args,
        *toolchain_args(toolchain_paths),
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        *tmpfs_args(BOX_TMP, tmp_size),
        *tmpfs_args(BOX_SHM, tmp_size),
        "--bind",
        workdir,
        BOX_PATH,
    ]
    if init_fd is not None:
        args += ["--as-pid-1", "--perms", "0555", "--ro-bind-data", str(init_fd), INIT_PATH]
    args += [
        # bwrap builds the root and /dev as tmpfs mounts the run's uid owns: without this, /, /etc
        # and /dev would be writable scratch space outside every size limit.
        "--remount-ro",
        "/dev",
        "--remount-ro",
        "/",
        "--chdir",
        BOX_PATH,
    ]
    if seccomp_fd is not None:
        args += ["--seccomp", str(seccomp_fd)]
    if status_fd is not None:
        args += ["--json-status-fd", str(status_fd)]
    return [*args, "--", *argv]

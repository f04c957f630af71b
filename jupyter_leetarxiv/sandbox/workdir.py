"""File I/O on a work dir that untrusted code has written to.

Code that ran in the box may have left symlinks, FIFOs or odd permissions anywhere in it. The host
therefore never resolves a path inside the work dir by name: it walks one component at a time
from a directory fd with O_NOFOLLOW, creates files with O_EXCL, and removes the tree by fd. This
is the bug class of Judge0 CVE-2024-28185/28189 and go-judge issue 176.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


def split_name(name: str) -> list[str]:
    """The components of a relative name; anything that could leave the work dir is refused."""
    parts = name.split("/")
    if not name or name.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"not a plain relative path: {name!r}")
    return parts


class WorkDir:
    """A private directory, created by the host, that a sandbox uid may write to."""

    def __init__(self, path: Path, owner: tuple[int, int] | None) -> None:
        """Take ownership of ``path``, an empty directory that the host just created."""
        self.path = path
        self.owner = owner
        self._fd: int | None = os.open(path, _DIR_FLAGS)
        if owner is not None:
            os.fchown(self._fd, *owner)

    @classmethod
    def create(cls, parent: Path, owner: tuple[int, int] | None) -> WorkDir:
        """A fresh work dir under ``parent`` (mode 0700), handed to ``owner`` (uid, gid)."""
        return cls(Path(tempfile.mkdtemp(prefix="leetarxiv-box-", dir=parent)), owner)

    @property
    def fd(self) -> int:
        if self._fd is None:
            raise ValueError("work dir is removed")
        return self._fd

    @contextlib.contextmanager
    def _parent(self, parts: list[str], *, create: bool) -> Iterator[int]:
        """A dir fd for the directory holding the last of ``parts``, walked without symlinks."""
        fd = os.dup(self.fd)
        try:
            for part in parts[:-1]:
                if create:
                    with contextlib.suppress(FileExistsError):
                        os.mkdir(part, 0o755, dir_fd=fd)
                child = os.open(part, _DIR_FLAGS, dir_fd=fd)
                os.close(fd)
                fd = child
                if create and self.owner is not None:
                    os.fchown(fd, *self.owner)
            yield fd
        finally:
            os.close(fd)

    def put(self, name: str, data: bytes, *, executable: bool = False) -> None:
        """Write a new file, replacing whatever entry (file or symlink) had that name."""
        parts = split_name(name)
        with self._parent(parts, create=True) as dir_fd:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(parts[-1], dir_fd=dir_fd)  # unlinks a symlink itself, never its target
            fd = os.open(
                parts[-1],
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
                0o755 if executable else 0o644,
                dir_fd=dir_fd,
            )
            try:
                if self.owner is not None:
                    os.fchown(fd, *self.owner)
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
            finally:
                os.close(fd)

    def get(self, name: str, max_bytes: int) -> bytes | None:
        """At most ``max_bytes`` of a regular file; None for anything else or a symlink."""
        parts = split_name(name)
        try:
            with self._parent(parts, create=False) as dir_fd:
                # O_NONBLOCK: opening a FIFO the program left must not hang the host.
                fd = os.open(
                    parts[-1],
                    os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC,
                    dir_fd=dir_fd,
                )
        except OSError as e:
            if e.errno in (errno.ENOENT, errno.ELOOP, errno.ENOTDIR, errno.ENXIO, errno.EACCES):
                return None
            raise
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            chunks: list[bytes] = []
            left = max_bytes
            while left > 0:
                chunk = os.read(fd, min(left, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
            return b"".join(chunks)
        finally:
            os.close(fd)

    def remove(self) -> None:
        """Delete the tree by fd, never following a symlink, then the work dir itself."""
        if self._fd is None:
            return
        _clear(self._fd)
        os.close(self._fd)
        self._fd = None
        self.path.rmdir()


def _clear(dir_fd: int) -> None:
    """Empty the directory open as ``dir_fd``.

    Iterative, so a program that nests directories deeply cannot exhaust the host's stack, and
    it restores the owner's access to directories the program locked (mode 000 or 0500), which
    only matters when the host is not root.
    """
    stack: list[tuple[int, str]] = [(os.dup(dir_fd), "")]
    try:
        while stack:
            fd, name = stack[-1]
            subdir = _unlink_files(fd)
            if subdir is not None:
                stack.append((_open_dir(subdir, fd), subdir))
                continue
            stack.pop()
            os.close(fd)
            if stack:
                parent = stack[-1][0]
                try:
                    os.rmdir(name, dir_fd=parent)
                except PermissionError:
                    os.fchmod(parent, 0o700)
                    os.rmdir(name, dir_fd=parent)
    finally:
        for fd, _ in stack:
            os.close(fd)


def _unlink_files(fd: int) -> str | None:
    """Unlink every non-directory in ``fd``; return a subdirectory left to descend into."""
    with os.scandir(fd) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                return entry.name
            try:
                os.unlink(entry.name, dir_fd=fd)
            except PermissionError:
                os.fchmod(fd, 0o700)
                os.unlink(entry.name, dir_fd=fd)
    return None


def _open_dir(name: str, parent_fd: int) -> int:
    try:
        return os.open(name, _DIR_FLAGS, dir_fd=parent_fd)
    except PermissionError:
        os.chmod(name, 0o700, dir_fd=parent_fd, follow_symlinks=False)
        return os.open(name, _DIR_FLAGS, dir_fd=parent_fd)

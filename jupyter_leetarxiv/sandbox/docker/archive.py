"""Files into and out of a box container as tar archives, through the engine's archive API.

The engine resolves paths inside the container's own root, never on the host; and the host never
parses more of what comes back than one regular file's header and bytes. Going in, every parent
directory is an entry of the archive, so a symlink that a program planted where a directory is
expected is replaced by a directory, not followed. Coming out, only a regular file counts: the
engine's stat of the path (its Go ``FileMode``) and the archive's one member must both say so.
"""

from __future__ import annotations

import io
import tarfile
import time
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

# Go's os.FileMode type bits, as the engine reports them in X-Docker-Container-Path-Stat.
_MODE_DIR = 1 << 31
_MODE_SYMLINK = 1 << 27
_MODE_DEVICE = 1 << 26
_MODE_NAMED_PIPE = 1 << 25
_MODE_SOCKET = 1 << 24
_MODE_CHAR_DEVICE = 1 << 21
_MODE_IRREGULAR = 1 << 19
_MODE_TYPE = (
    _MODE_DIR
    | _MODE_SYMLINK
    | _MODE_DEVICE
    | _MODE_NAMED_PIPE
    | _MODE_SOCKET
    | _MODE_CHAR_DEVICE
    | _MODE_IRREGULAR
)


def pack_file(parts: list[str], data: bytes, *, executable: bool, owner: int) -> bytes:
    """A tar archive of one file at ``parts`` (relative components), with its directories."""
    now = int(time.time())
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for depth in range(1, len(parts)):
            tar.addfile(_info("/".join(parts[:depth]), tarfile.DIRTYPE, 0o755, owner, now))
        info = _info("/".join(parts), tarfile.REGTYPE, 0o755 if executable else 0o644, owner, now)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _info(name: str, kind: bytes, mode: int, owner: int, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.mode = mode
    info.uid = info.gid = owner
    info.mtime = mtime
    return info


def is_regular(stat: Mapping[str, Any]) -> bool:
    """Whether the engine's stat of a path names a regular file (not a link to one)."""
    mode = stat.get("mode")
    return isinstance(mode, int) and not mode & _MODE_TYPE


def is_directory(stat: Mapping[str, Any]) -> bool:
    """Whether the engine's stat names a directory itself (a symlink to one has the link bit)."""
    mode = stat.get("mode")
    return isinstance(mode, int) and mode & _MODE_TYPE == _MODE_DIR


def read_file(chunks: Iterable[bytes], name: str, max_bytes: int) -> bytes | None:
    """The first ``max_bytes`` of the archive's one member, if it is a regular file ``name``.

    The archive is read as a stream and abandoned as soon as that much is had, so a huge file
    costs the host no more than ``max_bytes``.
    """
    stream = _ChunkReader(iter(chunks))
    try:
        with tarfile.open(fileobj=stream, mode="r|") as tar:
            member = tar.next()
            if member is None or not member.isreg() or member.name != name:
                return None
            body = tar.extractfile(member)
            return body.read(max_bytes) if body is not None else None
    except tarfile.TarError:
        return None


class _ChunkReader(io.RawIOBase):
    """A file-like view of the chunks of an HTTP response, for tarfile's stream mode."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            try:
                self._pending = next(self._chunks)
            except StopIteration:
                return 0
        view = memoryview(buffer).cast("B")
        n = min(len(view), len(self._pending))
        view[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

"""A content-addressed cache of compiled programs, shared by every worker on one machine.

Re-running an unchanged notebook cell should not wait for GHC or rustc again. The key is a hash of
everything a compile's result depends on: the language file's bytes, the toolchain's version and
binary, the expanded compile argv, and every file put in the box (the submission and the problem's
harness files). The value is what the compile left in the box's work dir, as one archive made and
unpacked inside the sandbox (see ``core/artefacts.py``), plus the compiler's messages.

The store is a directory of files named by key. Writers write a private temporary file and
``os.replace`` it into place, so a reader sees a whole entry or none, without locks; every entry
carries a SHA-256 of its payload, so a damaged one reads as a miss and is removed. A hit refreshes
the entry's mtime, and writers evict the least recently used entries when the total passes the
size bound.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from jupyter_leetarxiv.core.languages import Language
from jupyter_leetarxiv.user_cache import cache_root

ENV_DIR = "LEETARXIV_COMPILE_CACHE"
ENV_SIZE_MB = "LEETARXIV_COMPILE_CACHE_MB"
DEFAULT_MAX_BYTES = 2 * 1024**3
MAX_ENTRY_BYTES = 64 * 1024**2  # a bigger compile result is not worth keeping
KEY_FORMAT = 1  # bump to invalidate every key when what goes into a key changes
_MAGIC = b"LACC0001"
_HEADER = struct.Struct(f"!{len(_MAGIC)}s32sI")  # magic, sha256(payload), len(output)
_TEMP_PREFIX = ".tmp-"
_STALE_TEMP_SECONDS = 3600  # a temporary file this old belongs to a writer that died
_LOW_WATER = 0.9  # evict down to this fraction of the bound, so not every write evicts


@dataclass(frozen=True)
class CachedCompile:
    """A compile's result: the work dir as an archive, and what the compiler printed."""

    archive: bytes
    output: str


def compile_key(
    language: Language,
    toolchain: str,
    argv: Sequence[str],
    contents: Iterable[tuple[str, str]],
) -> str | None:
    """The key of one compile, or None when it cannot be identified (so it is not cached).

    ``contents`` are (name in the box, SHA-256 of the bytes) of every file put in the box.
    """
    try:
        language_file = hashlib.sha256(language.file.read_bytes()).hexdigest()
        binary = Path(language.executable).stat()
    except OSError:
        return None
    files = sorted(contents)
    if not toolchain or not files:
        return None
    document = {
        "format": KEY_FORMAT,
        "language": language.id,
        "language_file": language_file,
        "toolchain": toolchain,
        # A package upgrade that keeps the version string still changes the binary.
        "binary": [binary.st_size, binary.st_mtime_ns],
        "argv": list(argv),
        "files": files,
    }
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class CompileCache:
    """Compiled programs on disk under ``root``, at most ``max_bytes`` in total (roughly)."""

    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes

    @classmethod
    def default(cls) -> CompileCache:
        """$LEETARXIV_COMPILE_CACHE (size: $LEETARXIV_COMPILE_CACHE_MB), else compile/ in the user
        cache (user_cache.cache_root)."""
        configured = os.environ.get(ENV_DIR)
        root = Path(configured) if configured else cache_root() / "compile"
        size_mb = os.environ.get(ENV_SIZE_MB)
        max_bytes = int(size_mb) * 1024**2 if size_mb else DEFAULT_MAX_BYTES
        return cls(root, max_bytes)

    def _path(self, key: str) -> Path:
        if len(key) != 64 or not all(c in "0123456789abcdef" for c in key):
            raise ValueError(f"not a cache key: {key!r}")
        return self.root / key[:2] / key

    def get(self, key: str) -> CachedCompile | None:
        """The entry for ``key``, or None. Lock-free: entries appear and vanish atomically."""
        path = self._path(key)
        try:
            with open(path, "rb") as file:
                data = file.read(MAX_ENTRY_BYTES + _HEADER.size + 1)
        except OSError:
            return None
        entry = _decode(data)
        if entry is None:
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # the least recently used entries are evicted first
        return entry

    def put(self, key: str, entry: CachedCompile) -> bool:
        """Store ``entry`` (a whole file appears at once); False if it was not stored.

        A cache is an optimisation: a full disk or a read-only directory makes it a no-op,
        never a failed judging.
        """
        data = _encode(entry)
        if len(data) > min(self.max_bytes, MAX_ENTRY_BYTES + _HEADER.size):
            return False
        path = self._path(key)
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, dir=path.parent)
        except OSError:
            return False
        temp = Path(name)
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
            temp.replace(path)
        except OSError:
            with contextlib.suppress(OSError):
                temp.unlink()
            return False
        self.evict()
        return True

    def size(self) -> int:
        """Bytes in entries now (temporary files of writers in progress not included)."""
        return sum(size for _, size, _ in self._entries())

    def evict(self) -> None:
        """Remove the least recently used entries until the total is under the low-water mark.

        Several workers may evict at once: an entry another one removed first is skipped.
        """
        entries = list(self._entries())
        total = sum(size for _, size, _ in entries)
        if total <= self.max_bytes:
            return
        target = self.max_bytes * _LOW_WATER
        for path, size, _ in sorted(entries, key=lambda entry: entry[2]):
            if total <= target:
                break
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            total -= size

    def _entries(self) -> Iterator[tuple[Path, int, float]]:
        """(path, size, mtime) of every entry; removes temporary files left by dead writers."""
        if not self.root.is_dir():
            return
        now = time.time()
        for shard in os.scandir(self.root):
            if not shard.is_dir(follow_symlinks=False) or len(shard.name) != 2:
                continue
            for item in os.scandir(shard.path):
                try:
                    info = item.stat(follow_symlinks=False)
                except FileNotFoundError:
                    continue
                if item.name.startswith(_TEMP_PREFIX):
                    if now - info.st_mtime > _STALE_TEMP_SECONDS:
                        with contextlib.suppress(FileNotFoundError):
                            Path(item.path).unlink()
                    continue
                yield Path(item.path), info.st_size, info.st_mtime


def _encode(entry: CachedCompile) -> bytes:
    output = entry.output.encode()
    payload = output + entry.archive
    return _HEADER.pack(_MAGIC, hashlib.sha256(payload).digest(), len(output)) + payload


def _decode(data: bytes) -> CachedCompile | None:
    """The entry in ``data``, or None if it is not one or is damaged."""
    if len(data) < _HEADER.size:
        return None
    magic, digest, output_size = _HEADER.unpack_from(data)
    payload = data[_HEADER.size :]
    if magic != _MAGIC or hashlib.sha256(payload).digest() != digest:
        return None
    if output_size > len(payload):
        return None
    output = payload[:output_size].decode(errors="replace")
    return CachedCompile(archive=payload[output_size:], output=output)

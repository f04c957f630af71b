"""A problem's content version: changes exactly when judging it could give different results."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

VERSION_LENGTH = 12  # hex digits of sha256: short enough to show, long enough never to collide


def content_version(root: Path, parts: Iterable[Path | None]) -> str:
    """Hash the relative names and bytes of every file in ``parts`` (files or directories).

    Names are part of the hash so that renaming a test (which reorders judging) is a new
    version; paths are relative to ``root`` so moving the package is not.
    """
    digest = hashlib.sha256()
    for path in sorted(_files(p for p in parts if p is not None)):
        name = path.relative_to(root).as_posix().encode()
        digest.update(len(name).to_bytes(4, "big") + name)
        data = path.read_bytes()
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()[:VERSION_LENGTH]


def _files(parts: Iterable[Path]) -> Iterator[Path]:
    for part in parts:
        if part.is_file():
            yield part
        elif part.is_dir():
            yield from (path for path in part.rglob("*") if path.is_file())

"""A compiled program in and out of a box, as one archive made and unpacked inside the sandbox.

What a compile leaves behind is not known in advance (javac writes a class file per inner class,
GHC an object directory, raco a compiled/ tree), and the host must never walk a work dir that
sandboxed code wrote: it may hold symlinks or FIFOs placed there on purpose. So ``tar`` runs in
the box, under limits, and archives the work dir into one file that the host reads with
``Box.get`` (a regular file, no symlinks followed, size capped). To restore, the host puts the
archive into a fresh box and ``tar`` unpacks it there. The host never parses the archive.
"""

from __future__ import annotations

from jupyter_leetarxiv.sandbox import Box, Limits, SandboxError
from jupyter_leetarxiv.sandbox.base import BOX_TMP

ARCHIVE = ".leetarxiv-compiled.tar"
TAR = "/usr/bin/tar"
_ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": BOX_TMP}


def _limits(max_bytes: int) -> Limits:
    return Limits(cpu_time=10, wall_time=30, file_size=max_bytes, processes=8, output=64 * 1024)


def pack(box: Box, max_bytes: int) -> bytes | None:
    """The box's work dir as a tar archive, or None if it cannot be had within ``max_bytes``."""
    create = [TAR, "--create", "--file", ARCHIVE, "--exclude", f"./{ARCHIVE}"]
    create += ["--numeric-owner", "--owner=0", "--group=0", "--sort=name", "."]
    try:
        made = box.run(create, limits=_limits(max_bytes), env=_ENV)
        archive = box.get(ARCHIVE, max_bytes + 1) if made.ok else None
        box.run(["/usr/bin/rm", "-f", ARCHIVE], limits=_limits(max_bytes), env=_ENV)
    except SandboxError:
        return None
    if archive is None or len(archive) > max_bytes:
        return None
    return archive


def unpack(box: Box, archive: bytes) -> bool:
    """Put ``archive``'s files into the box's work dir; False if tar refused it."""
    box.put(ARCHIVE, archive)
    # A fixed script; the archive's name is an argument, never part of the script text.
    script = 'tar --extract --file "$1" && rm -f "$1"'
    try:
        done = box.run(
            ["/usr/bin/sh", "-c", script, "sh", ARCHIVE],
            limits=_limits(max(len(archive) * 4, 64 * 1024**2)),
            env=_ENV,
        )
    except SandboxError:
        return False
    return done.ok

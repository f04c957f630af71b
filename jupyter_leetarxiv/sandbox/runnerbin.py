"""The in-box init (runner.c) as a binary: compiled with the host's C compiler at first use.

The binary is cached under a name that is the hash of its source, in a directory only the worker
may write to; it runs inside boxes only, where bwrap binds it read-only from a descriptor the
host opened, so the sandbox's uid needs no access to the cache.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
from importlib import resources
from pathlib import Path

log = logging.getLogger(__name__)

SOURCE = "runner.c"
# No -Werror: a new warning from a newer compiler must not cost a machine its warm boxes.
CFLAGS = ("-O2", "-Wall", "-Wextra")


def source() -> bytes:
    return resources.files("jupyter_leetarxiv.sandbox").joinpath(SOURCE).read_bytes()


def compiler() -> str | None:
    return shutil.which("cc") or shutil.which("gcc")


def binary(cache_dir: Path) -> tuple[Path | None, str]:
    """The runner's path, built if need be; or None and why not."""
    cc = compiler()
    code = source()
    name = f"runner-{hashlib.sha256(code + ' '.join(CFLAGS).encode()).hexdigest()[:16]}"
    target = cache_dir / name
    if target.is_file() and _trusted(cache_dir) and _trusted(target):
        return target, f"in-box runner {target}"
    if cc is None:
        return None, "no C compiler (cc) to build the in-box runner"
    try:
        cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(cache_dir):
            return None, f"{cache_dir} is writable by others: not trusted for the runner"
        _compile(cc, code, target)
    except (OSError, subprocess.SubprocessError) as e:
        log.warning("cannot build the in-box runner: %s", e)
        return None, f"cannot build the in-box runner: {e}"
    return target, f"in-box runner {target}"


def _trusted(path: Path) -> bool:
    """Ours, and nobody else may write to it (so nobody else can swap the binary)."""
    st = path.stat()
    return st.st_uid == os.geteuid() and not st.st_mode & 0o022


def _compile(cc: str, code: bytes, target: Path) -> None:
    """Compile into a temporary name beside ``target``, then rename: readers never see half."""
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        src = Path(tmp) / SOURCE
        src.write_bytes(code)
        out = Path(tmp) / "runner"
        done = subprocess.run(
            [cc, *CFLAGS, "-o", str(out), str(src)],
            capture_output=True,
            timeout=120,
            check=False,
        )
        if done.returncode != 0:
            raise OSError(f"{cc} failed: {done.stderr.decode(errors='replace').strip()[:2000]}")
        out.chmod(0o755)
        out.replace(target)

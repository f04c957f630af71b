"""Is a toolchain installed, and which version: asked of the host, never of a submission."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from jupyter_leetarxiv.core.languages.model import Language


def is_installed(language: Language) -> bool:
    executable = language.executable
    if executable.startswith("/"):
        return Path(executable).is_file()
    return executable.startswith("./") or shutil.which(executable) is not None


def toolchain_version(language: Language) -> str | None:
    """The first non-empty line the version probe prints (stdout or stderr: java uses stderr)."""
    if not is_installed(language):
        return None
    return _probe(language.version)


@cache
def _probe(argv: tuple[str, ...]) -> str | None:
    try:
        done = subprocess.run(
            list(argv),
            capture_output=True,
            timeout=20,
            check=False,
            env={"PATH": "/usr/bin:/bin", "HOME": tempfile.gettempdir(), "LANG": "C.UTF-8"},
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in (done.stdout + done.stderr).decode(errors="replace").splitlines():
        if line.strip():
            return line.strip()
    return None

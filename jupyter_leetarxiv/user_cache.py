"""Where the package keeps what it can make again: one directory, for every layer to share.

It holds the sandbox's runner binary, the compile cache and the marks of schema-checked files.
Deleting it costs only the time to make them again.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

ENV_CACHE = "LEETARXIV_CACHE_DIR"


def cache_root() -> Path:
    """$LEETARXIV_CACHE_DIR, else $XDG_CACHE_HOME/leetarxiv, else ~/.cache/leetarxiv; for a
    user without a home, a directory of its own in the temp dir (whoever writes an executable
    there checks that nobody else owns it or may write to it)."""
    explicit = os.environ.get(ENV_CACHE)
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "leetarxiv"
    try:
        return Path.home() / ".cache" / "leetarxiv"
    except RuntimeError:
        return Path(tempfile.gettempdir()) / f"leetarxiv-cache-{os.geteuid()}"

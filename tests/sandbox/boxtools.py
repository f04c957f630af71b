"""Helpers shared by the sandbox tests (fixtures are in conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Program:
    """A program ready to run in a box."""

    argv: list[str]
    marker: str  # a token on its command line, to find its processes on the host


Build = Callable[[str, str], Program]


def processes_with(marker: str) -> list[int]:
    """Host pids whose command line contains ``marker``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                if marker.encode() in f.read():
                    found.append(int(entry))
        except OSError:
            continue
    return found

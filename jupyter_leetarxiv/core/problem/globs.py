"""The glob patterns of submissions.yaml: ``*`` within one path part, and ``{a,b}`` braces."""

from __future__ import annotations

import re
from functools import cache


def expand_braces(pattern: str) -> list[str]:
    """``author.{py,cpp}`` -> ``[author.py, author.cpp]``; nested braces expand inside out."""
    match = re.search(r"\{([^{}]*)\}", pattern)
    if match is None:
        return [pattern]
    head, tail = pattern[: match.start()], pattern[match.end() :]
    out: list[str] = []
    for choice in match.group(1).split(","):
        out.extend(expand_braces(head + choice + tail))
    return out


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    alternatives = []
    for single in expand_braces(pattern.strip("/")):
        alternatives.append("[^/]*".join(re.escape(part) for part in single.split("*")))
    return re.compile("|".join(f"(?:{alt})" for alt in alternatives))


def glob_matches(pattern: str, path: str) -> bool:
    """Does ``pattern`` match ``path`` or one of its parent directories (as the spec says)?"""
    regex = _compiled(pattern)
    parts = path.strip("/").split("/")
    return any(regex.fullmatch("/".join(parts[:end])) for end in range(1, len(parts) + 1))

"""Human-readable figures and tables for terminal output."""

from __future__ import annotations

from collections.abc import Sequence

from jupyter_leetarxiv.core.verdicts import Verdict

_COLOURS = {Verdict.AC: "32", Verdict.SKIPPED: "90", Verdict.JE: "35"}


def seconds(value: float) -> str:
    return f"{value:.2f} s"


def mebibytes(value: int) -> str:
    return f"{value / 2**20:.1f} MiB"


def verdict(value: Verdict, colour: bool) -> str:
    text = value.value
    if not colour:
        return text
    return f"\x1b[{_COLOURS.get(value, '31')}m{text}\x1b[0m"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain aligned table; the widths ignore ANSI colour codes."""
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], _visible_len(cell))
    lines = [_row(headers, widths), _row(["-" * w for w in widths], widths)]
    lines += [_row(row, widths) for row in rows]
    return "\n".join(lines)


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    padded = [c + " " * (w - _visible_len(c)) for c, w in zip(cells, widths, strict=True)]
    return "  ".join(padded).rstrip()


def _visible_len(text: str) -> int:
    length, escape = 0, False
    for ch in text:
        if ch == "\x1b":
            escape = True
        elif escape and ch == "m":
            escape = False
        elif not escape:
            length += 1
    return length

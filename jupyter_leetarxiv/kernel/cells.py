"""Reading ``%%judge`` cells: the magic line's grammar, shared by the magic and by
``leetarxiv judge-notebook``, which grades a notebook without running its kernel."""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jupyter_leetarxiv.core.wire import Mode

MAGIC = "%%judge"
PROBLEM_MAGIC = "%judge_problem"


class JudgeLineError(ValueError):
    """A %%judge line that does not parse; the message is argparse's, with the usage."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse would exit the kernel
        raise JudgeLineError(f"{message}\n{self.format_usage()}")


def line_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=MAGIC, add_help=False, description="Judge this cell's source.")
    parser.add_argument("language", help="language id or alias, e.g. python3, haskell, cpp")
    parser.add_argument("problem", nargs="?", help="problem id (default: %%judge_problem)")
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument("--run", action="store_true", help="judge the samples only")
    modes.add_argument("--submit", action="store_true", help="judge every test")
    parser.add_argument("--stdin", help="run once on this input (\\n for newlines)")
    return parser


@dataclass(frozen=True)
class JudgeLine:
    language: str
    problem: str | None
    mode: Mode | None  # None: the magic's configured default
    stdin: str | None


def parse_line(line: str) -> JudgeLine:
    """The arguments after %%judge; shlex removes the quotes around --stdin '1 2'."""
    try:
        words = shlex.split(line)
    except ValueError as exc:
        raise JudgeLineError(str(exc)) from exc
    args = line_parser().parse_args(words)
    mode = Mode.RUN if args.run else Mode.SUBMIT if args.submit else None
    stdin = args.stdin.encode().decode("unicode_escape") if args.stdin is not None else None
    return JudgeLine(args.language, args.problem, mode, stdin)


@dataclass(frozen=True)
class NotebookCell:
    index: int  # 0-based position among the notebook's cells
    line: JudgeLine
    source: str
    problem: str | None  # the line's, else the latest %judge_problem, else the metadata's


def judge_cells(notebook: Any) -> Iterator[NotebookCell]:
    """Every %%judge cell of an nbformat notebook, with the problem it is judged against."""
    current = str(notebook.get("metadata", {}).get("leetarxiv", {}).get("problem", "")) or None
    for index, cell in enumerate(notebook.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        text = str(cell.get("source", ""))
        for raw in text.splitlines():
            if raw.strip().startswith(PROBLEM_MAGIC + " "):
                current = raw.strip()[len(PROBLEM_MAGIC) :].strip() or current
        if not text.startswith(MAGIC + " ") and text.strip() != MAGIC:
            continue
        first, _, body = text.partition("\n")
        line = parse_line(first[len(MAGIC) :])
        yield NotebookCell(index, line, body, line.problem or current)

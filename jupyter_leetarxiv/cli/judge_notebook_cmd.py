"""``leetarxiv judge-notebook NOTEBOOK``: grade every %%judge cell without running the kernel.

The cells are judged from the notebook's source, never from its outputs: an output is
something a student can edit, a judged source is not (nbgrader learnt the same).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from jupyter_leetarxiv.cli import context, render
from jupyter_leetarxiv.cli.errors import UsageError
from jupyter_leetarxiv.core.catalog import Catalog
from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.core.requests import handle_request
from jupyter_leetarxiv.core.summary import Summary
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import Mode, SubmissionRequest
from jupyter_leetarxiv.kernel.cells import JudgeLineError, NotebookCell, judge_cells


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "judge-notebook",
        help="judge every %%%%judge cell of a notebook",
        description="Judge each %%judge cell of NOTEBOOK in-process and print a summary. "
        "Exit 0 if every cell is accepted, 1 otherwise, 2 for a bad notebook.",
    )
    parser.add_argument("notebook", type=Path, help="an .ipynb file")
    parser.add_argument("--json", action="store_true", help="print a JSON list, one per cell")
    parser.add_argument(
        "--mode", choices=["submit", "run"], default=None,
        help="override each cell's mode (default: the cell's flag, else submit)",
    )  # fmt: skip
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    cells = _read_cells(args.notebook)
    catalog = Catalog(languages=context.languages())
    sandbox = context.sandbox()
    rows: list[dict[str, Any]] = []
    for cell in cells:
        summary = _judge_cell(cell, catalog, sandbox, args.mode)
        row = {"cell": cell.index, "language": cell.line.language, "problem": cell.problem}
        row |= summary.to_dict()
        if summary.error is not None:
            row["verdict"] = "error"
        rows.append(row)
        if not args.json:
            print(_line(row), flush=True)
    if args.json:
        json.dump(rows, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        accepted = sum(r.get("verdict") == Verdict.AC.value for r in rows)
        print(f"{accepted}/{len(rows)} judged cells accepted")
    return 0 if rows and all(r.get("verdict") == Verdict.AC.value for r in rows) else 1


def _read_cells(path: Path) -> list[NotebookCell]:
    import nbformat  # here only: it imports jsonschema, which `leetarxiv judge` avoids (main.py)

    try:
        notebook = nbformat.read(path, as_version=4)
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read notebook {path}: {exc}") from exc
    try:
        return list(judge_cells(notebook))
    except JudgeLineError as exc:
        raise UsageError(f"{path}: bad %%judge line: {exc}") from exc


def _judge_cell(cell: NotebookCell, catalog: Catalog, sandbox: Any, mode: str | None) -> Summary:
    summary = Summary()
    request = SubmissionRequest(
        problem=cell.problem or "",
        language=cell.line.language,
        source=cell.source,
        mode=Mode(mode) if mode else cell.line.mode or Mode.SUBMIT,
        stdin=cell.line.stdin,
    )
    for event in handle_request(request, catalog, sandbox, CompileCache.default()):
        summary.apply(event)
    return summary


def _line(row: dict[str, Any]) -> str:
    where = f"cell {row['cell']:>3}  {row['language']:<10} {row['problem'] or '?':<16}"
    if "error" in row:
        return f"{where} error: {row['error']}"
    if "output" in row:
        return f"{where} ran on its own input (not judged)"
    verdict = render.verdict(Verdict(row["verdict"]), sys.stdout.isatty())
    text = f"{where} {verdict:<4} {row['passed']}/{row['total']} tests"
    if row.get("score") is not None:
        text += f", score {row['score']:g}"
    return text

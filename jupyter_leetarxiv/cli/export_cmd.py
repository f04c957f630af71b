"""``leetarxiv export PROBLEM DEST``: a copy of a package that Kattis problemtools can check."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jupyter_leetarxiv.cli import context
from jupyter_leetarxiv.core.problem.export import DRAFT, export_draft


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "export",
        help=f"copy a package into the {DRAFT} dialect problemtools reads",
        description=f"Write PROBLEM into DEST/<short name> in the {DRAFT} dialect that Kattis "
        "problemtools reads: the format version, test_group.yaml -> testdata.yaml, no paper "
        "fields in source, a short name without hyphens. Data, validators and submissions are "
        "copied unchanged. Prints the new package's path.",
    )
    parser.add_argument("problem", help="a problem package directory, or a problem id")
    parser.add_argument("dest", type=Path, help="directory to write the copy into")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    problem = context.problem(args.problem)  # refuses a broken package before copying it
    args.dest.mkdir(parents=True, exist_ok=True)
    print(export_draft(problem.root, args.dest))
    return 0

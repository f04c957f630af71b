"""``leetarxiv problems``: the problem bank, with papers, tags and reference languages."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from jupyter_leetarxiv.cli import context, render
from jupyter_leetarxiv.cli.errors import UsageError
from jupyter_leetarxiv.core.bank import bank_problems
from jupyter_leetarxiv.core.listing import listing


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "problems",
        help="list the problem bank",
        description="List every problem in the bank (problems/ and $LEETARXIV_PROBLEM_DIRS) "
        "with its paper, tags, difficulty and the languages of its reference solutions.",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    registry = context.languages()
    listings, broken = [], 0
    for path in bank_problems():
        try:
            listings.append(listing(context.problem(str(path)), registry))
        except UsageError as exc:  # one broken package must not hide the others
            print(f"leetarxiv problems: skipped {exc}", file=sys.stderr)
            broken += 1
    if args.json:
        json.dump([item.to_dict() for item in listings], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 1 if broken else 0
    rows = [
        [
            item.id,
            item.title,
            f"arXiv:{item.paper.get('arxiv')}" if item.paper.get("arxiv") else "-",
            item.difficulty or "-",
            ", ".join(item.fields + item.tags),
            ", ".join(item.reference_languages),
        ]
        for item in listings
    ]
    headers = ["id", "title", "paper", "difficulty", "tags", "references"]
    print(render.table(headers, rows))
    return 1 if broken else 0

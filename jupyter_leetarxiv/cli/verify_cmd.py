"""``leetarxiv verify PROBLEM...``: every submission in a package gets the verdict it expects."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from jupyter_leetarxiv.cli import context, render
from jupyter_leetarxiv.core.verification import verify_problem


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "verify",
        help="judge a package's submissions/ and check their expected verdicts",
        description="Judge every file under each PROBLEM's submissions/ and compare with the "
        "verdict its directory (or submissions.yaml) expects. Submissions in languages whose "
        "toolchain is not installed are reported as skipped. Exit 0 only if all match.",
    )
    parser.add_argument("problems", nargs="+", metavar="PROBLEM", help="package dirs or ids")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    registry = context.languages()
    problems = [context.problem(ref) for ref in args.problems]
    sandbox = context.sandbox()
    colour = sys.stdout.isatty()
    failures = 0
    for problem in problems:
        print(f"{problem.id}: {problem.name}", flush=True)
        rows = []
        for row in verify_problem(problem, registry, sandbox):
            failures += not row.ok
            mark = "ok" if row.ok else ("\x1b[31mMISMATCH\x1b[0m" if colour else "MISMATCH")
            rows.append(
                [
                    str(row.submission.relative_to(problem.root)),
                    row.language,
                    "/".join(row.expected),
                    row.got + (f" ({row.score:g})" if row.score is not None else ""),
                    render.seconds(row.time),
                    mark,
                    row.note,
                ]
            )
            print(f"  {rows[-1][0]}: {rows[-1][3]} ({mark})", flush=True)
        headers = ["submission", "language", "expected", "got", "time", "", "note"]
        print(render.table(headers, rows))
        print()
    print(
        "all submissions got their expected verdicts"
        if not failures
        else f"{failures} submission(s) did not get their expected verdict"
    )
    return 0 if failures == 0 else 1

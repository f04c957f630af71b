"""``leetarxiv``: judge, verify, list languages, and check this machine's sandbox."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from jupyter_leetarxiv import __version__
from jupyter_leetarxiv.cli import (
    doctor_cmd,
    export_cmd,
    judge_cmd,
    judge_notebook_cmd,
    languages_cmd,
    problems_cmd,
    verify_cmd,
    worker_cmd,
)
from jupyter_leetarxiv.cli.errors import UsageError

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leetarxiv",
        description="Implement research papers and have them judged.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (
        judge_cmd,
        judge_notebook_cmd,
        verify_cmd,
        problems_cmd,
        languages_cmd,
        doctor_cmd,
        worker_cmd,
        export_cmd,
    ):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except UsageError as exc:
        print(f"leetarxiv {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())

"""``leetarxiv``: judge, verify, list languages, and check this machine's sandbox.

Every command's parser is built at start, so the modules are imported at start: a command that
needs a heavy library (pika, nbformat and through it jsonschema) imports it where it runs. Start-up
is most of the time `leetarxiv judge` takes on a small submission (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import os
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
EXIT_BROKEN_PIPE = 141  # as a shell reports a process killed by SIGPIPE


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
    except BrokenPipeError:
        # The reader went away (`leetarxiv judge ... --json | head`): nothing more to say to it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return code


if __name__ == "__main__":
    sys.exit(main())

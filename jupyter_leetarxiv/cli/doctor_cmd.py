"""``leetarxiv doctor``: what this machine's sandbox enforces, what it doesn't, and the fixes."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from jupyter_leetarxiv.cli import context, render


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "doctor",
        help="say what the sandbox enforces on this machine",
        description="Probe namespaces, cgroups (v1 or v2: memory, pids, cpu, freezer) and "
        "seccomp, and say what is missing and how to fix it. Exit 1 if anything is missing.",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # The sandbox $LEETARXIV_SANDBOX selects, as the worker and the judge would use it.
    checks = context.sandbox(allow_unisolated=True).enforcement()
    if args.json:
        json.dump([asdict(c) for c in checks], sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        rows = [[c.name, "yes" if c.enforced else "NO", c.detail] for c in checks]
        print(render.table(["mechanism", "enforced", "detail"], rows))
        for check in checks:
            if not check.enforced and check.fix:
                print(f"\n{check.name}: {check.fix}")
    return 0 if all(c.enforced for c in checks) else 1

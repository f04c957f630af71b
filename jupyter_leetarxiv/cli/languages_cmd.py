"""``leetarxiv languages``: every language, whether its toolchain is here, and its version."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from jupyter_leetarxiv.cli import context, render
from jupyter_leetarxiv.core.languages.probe import is_installed, toolchain_version


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "languages",
        help="list the languages and their toolchains",
        description="List every language (built in, and from $LEETARXIV_LANGUAGE_DIRS) with "
        "whether its toolchain is installed and its version.",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    registry = context.languages()
    rows: list[dict[str, Any]] = []
    for language in registry:
        installed = is_installed(language)
        rows.append(
            {
                "name": language.id,
                "title": language.name,
                "aliases": list(language.aliases),
                "extensions": list(language.extensions),
                "installed": installed,
                "version": toolchain_version(language) if installed else None,
                "debian_packages": list(language.debian_packages),
                "file": str(language.file),
            }
        )
    if args.json:
        json.dump(rows, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    table = [
        [
            str(r["name"]),
            str(r["title"]),
            "yes" if r["installed"] else "no",
            str(r["version"] or "-"),
        ]
        for r in rows
    ]
    print(render.table(["language", "name", "installed", "version"], table))
    return 0

"""``leetarxiv languages``: every language, whether its toolchain is here, and whether it works.

Without options it lists the languages and their toolchains' versions. ``--self-test`` judges
each installed language's hello world and a+b in the sandbox (core/languages/selftest.py) and
exits 1 if any of them fails; ``--markdown`` prints that as the table in docs/languages.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from jupyter_leetarxiv.cli import context, render
from jupyter_leetarxiv.cli.errors import UsageError
from jupyter_leetarxiv.core.languages import Language, LanguageRegistry
from jupyter_leetarxiv.core.languages.probe import is_installed, toolchain_version
from jupyter_leetarxiv.core.languages.selftest import SelfTestResult, self_test_all


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "languages",
        help="list the languages and their toolchains; self-test them",
        description="List every language (built in, and from $LEETARXIV_LANGUAGE_DIRS) with "
        "whether its toolchain is installed and its version. With --self-test, judge each "
        "installed language's hello world and a+b in the sandbox; exit 1 if any fails.",
    )
    parser.add_argument(
        "names", nargs="*", metavar="LANG", help="only these languages (ids or aliases)"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="compile and run every installed language's self-test programs in the sandbox",
    )
    parser.add_argument(
        "--markdown",
        action="store_true",
        help="with --self-test: print a Markdown table (the one in docs/languages.md)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=min(4, os.cpu_count() or 1),
        help="self-test this many languages at once (default: CPUs, at most 4)",
    )
    parser.add_argument(
        "--allow-unisolated",
        action="store_true",
        help="self-test even where this machine offers no namespaces (unsafe; see doctor)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    registry = context.languages()
    selected = _selected(registry, args.names)
    if args.markdown and not args.self_test:
        raise UsageError("--markdown prints self-test results: add --self-test")
    if args.self_test:
        return _self_test(args, registry, selected)
    return _list(args, selected)


def _selected(registry: LanguageRegistry, names: Sequence[str]) -> list[Language]:
    if not names:
        return list(registry)
    try:
        return [registry.get(name) for name in names]
    except KeyError as exc:
        raise UsageError(str(exc.args[0])) from exc


def _list(args: argparse.Namespace, languages: Sequence[Language]) -> int:
    rows: list[dict[str, Any]] = []
    for language in languages:
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
        _print_json(rows)
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


def _self_test(
    args: argparse.Namespace, registry: LanguageRegistry, selected: Sequence[Language]
) -> int:
    """Named languages must pass; without names, those not installed are listed, not failed."""
    sandbox = context.sandbox(args.allow_unisolated)
    total = len(selected)
    done: list[SelfTestResult] = []

    def progress(result: SelfTestResult) -> None:
        done.append(result)
        if sys.stderr.isatty():
            state = "ok" if result.ok else "not installed" if not result.installed else "FAILED"
            print(f"[{len(done)}/{total}] {result.name}: {state}", file=sys.stderr)

    results = self_test_all(registry, selected, sandbox, jobs=args.jobs, on_result=progress)
    if args.json:
        _print_json([result.to_json() for result in results])
        return _exit_code(args, results)
    print(markdown_table(results) if args.markdown else _terminal_table(results))
    for result in results:
        if result.installed and not result.ok:
            print(f"\n{result.name}: {result.error}", file=sys.stderr)
    return _exit_code(args, results)


def _exit_code(args: argparse.Namespace, results: Sequence[SelfTestResult]) -> int:
    must_pass = results if args.names else [r for r in results if r.installed]
    return 0 if all(r.ok for r in must_pass) else 1


def _terminal_table(results: Sequence[SelfTestResult]) -> str:
    rows = [
        [
            r.name,
            r.version or "-",
            _ms(r.compile_ms),
            _ms(r.run_ms),
            "ok" if r.ok else "not installed" if not r.installed else "FAILED",
        ]
        for r in results
    ]
    return render.table(["language", "version", "compile ms", "run ms", "ok"], rows)


def markdown_table(results: Sequence[SelfTestResult]) -> str:
    """The self-test results as the Markdown table of docs/languages.md, with the count."""
    passed = sum(r.ok for r in results)
    lines = [
        f"{passed} of {len(results)} languages pass their self-test.",
        "",
        "| language | id | version | compile ms | run ms | self-test |",
        "|---|---|---|--:|--:|---|",
    ]
    for r in results:
        state = "ok" if r.ok else "not installed" if not r.installed else "**failed**"
        version = (r.version or "-").replace("|", "\\|")
        lines.append(
            f"| {r.title} | `{r.name}` | {version} | {_ms(r.compile_ms)} | {_ms(r.run_ms)} "
            f"| {state} |"
        )
    return "\n".join(lines)


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def _print_json(rows: list[dict[str, Any]]) -> None:
    json.dump(rows, sys.stdout, indent=2)
    sys.stdout.write("\n")

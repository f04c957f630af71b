"""Regenerate docs/problems.md from the bank (`leetarxiv problems --json`).

.venv/bin/python scripts/problems_doc.py > docs/problems.md
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HEADER = """# The problem bank

Every problem implements what one arXiv paper describes. Each is a Kattis problem package
(format 2025-09) in `problems/<id>/`: statement, paper excerpt in our own words, samples, seeded
generators for the secret tests, an input validator, reference solutions in Python, C++ and
Haskell, and wrong and too-slow submissions that must fail. `leetarxiv verify problems/*` and
Kattis problemtools (on `leetarxiv export` copies) check every package in CI.

Tags and difficulty live in `problem.yaml` keywords (`difficulty:easy`, `field:numerics`, free
tags). Problems marked *harness* let you write a function instead of a whole program
(`include/python3/main.py`, `include/cpp/main.cpp`). Regenerate this page with
`scripts/problems_doc.py`.

| problem | paper | arXiv | field | difficulty | harness | references |
|---|---|---|---|---|---|---|
"""


def row(item: dict[str, Any]) -> str:
    paper = item["paper"]
    authors = ", ".join(paper["authors"][:3]) + (" et al." if len(paper["authors"]) > 3 else "")
    harness = ", ".join(item["harness_languages"])
    return (
        f"| `{item['id']}` | {paper['title']} ({authors}, {paper['year']}) "
        f"| [{paper['arxiv']}]({paper['url']}) | {', '.join(item['fields'])} "
        f"| {item['difficulty']} | {harness} | {', '.join(item['reference_languages'])} |"
    )


def main() -> None:
    leetarxiv = str(Path(sys.executable).with_name("leetarxiv"))
    listing = json.loads(
        subprocess.run([leetarxiv, "problems", "--json"], capture_output=True, check=True).stdout
    )
    sys.stdout.write(HEADER + "\n".join(row(item) for item in listing) + "\n")
    sys.stdout.write(f"\n{len(listing)} problems.\n")


if __name__ == "__main__":
    main()

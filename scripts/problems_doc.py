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

The judge reads any Kattis package, not only ours, in three format versions:

- `2025-09`, the current spec, which ours use;
- `legacy` (also `legacy-icpc`, or no `problem_format_version`), which most archives hold;
- `2023-07-draft`, as Kattis problemtools reads it (its examples `oddecho` and `guess` use it):
  problem.yaml as in 2025-09 (name maps, `type` lists, `limits.time_multipliers`; `uuid` is
  required), `statement/` and `output_validator/`, but the test data and submissions of legacy:
  `testdata.yaml` anywhere in data/ (`on_reject`, `range`, `accept_score`, `grader_flags` such
  as `min`, `first_error`, `accept_if_any_accepted`, `ignore_sample`, graded as Kattis' default
  grader does) and submission directories such as `partially_accepted/` (accepted overall with
  some cases failing), without `submissions.yaml`.

`jupyter_leetarxiv/core/problem/formats.py` lists what each version decides. Interactive
problems load but are refused when judged ("interactive problems are not supported yet").

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

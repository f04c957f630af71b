"""Where problems are found: a package directory given directly, or an id in a problem bank."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

ENV_DIRS = "LEETARXIV_PROBLEM_DIRS"
# A source checkout keeps the bank beside the package; an install can point at it by $ENV_DIRS.
CHECKOUT_BANK = Path(__file__).resolve().parents[2] / "problems"


def problem_dirs(extra: Sequence[Path] = ()) -> list[Path]:
    dirs = list(extra)
    dirs += [Path(p) for p in os.environ.get(ENV_DIRS, "").split(os.pathsep) if p]
    dirs += [Path.cwd() / "problems", CHECKOUT_BANK]
    return [d for d in dict.fromkeys(dirs) if d.is_dir()]


def find_problem(ref: str, extra: Sequence[Path] = ()) -> Path:
    """A path if ``ref`` is a directory, else the bank entry named ``ref``.

    Raises LookupError naming where it looked, so a typo is easy to see.
    """
    path = Path(ref)
    if path.is_dir():
        return path
    searched = problem_dirs(extra)
    for directory in searched:
        candidate = directory / ref
        if "/" not in ref and candidate.is_dir():
            return candidate
    where = ", ".join(str(d) for d in searched) or "no problem directories"
    raise LookupError(f"no problem {ref!r}: not a directory, and not in {where}")


def bank_problems(extra: Sequence[Path] = ()) -> list[Path]:
    """Every package (a directory with problem.yaml) in the bank, by id."""
    found: dict[str, Path] = {}
    for directory in problem_dirs(extra):
        for child in sorted(directory.iterdir()):
            if (child / "problem.yaml").is_file():
                found.setdefault(child.name, child)
    return [found[name] for name in sorted(found)]

"""Where each part of a package lives, which differs between format versions (see formats.py)."""

from __future__ import annotations

import re
from pathlib import Path

from jupyter_leetarxiv.core.problem.formats import PackageFormat
from jupyter_leetarxiv.core.problem.model import ProblemError

_STATEMENT_KINDS = (".md", ".tex", ".pdf")  # preference order: text we can render first
_PROBLEMNAME = re.compile(r"\\problemname\{(?P<name>[^}]*)\}")
_PLAIN_NAME = re.compile(r"^%%\s*plainproblemname:\s*(?P<name>.+)$", re.MULTILINE)


def visible(path: Path) -> bool:
    """The spec tells judges to act as if names starting with '.' or '-' were not there."""
    return not path.name.startswith((".", "-"))


def statements(root: Path, package_format: PackageFormat) -> dict[str, Path]:
    """Language code -> statement file, preferring Markdown over LaTeX over PDF."""
    directory = root / package_format.statement_directory
    found: dict[str, Path] = {}
    if not directory.is_dir():
        return found
    for kind in reversed(_STATEMENT_KINDS):
        for path in sorted(directory.glob(f"problem*{kind}")):
            parts = path.name.split(".")
            if parts[0] != "problem" or len(parts) not in (2, 3):
                continue
            found[parts[1] if len(parts) == 3 else "en"] = path  # legacy allows problem.tex
    return found


def excerpt(root: Path, package_format: PackageFormat) -> Path | None:
    """Our paper extension: the key idea and equations, in our own words, beside the statement."""
    path = root / package_format.statement_directory / "excerpt.en.md"
    return path if path.is_file() else None


def name_from_statement(statement: Path) -> str | None:
    """Legacy packages may name the problem only in the LaTeX statement's \\problemname."""
    if statement.suffix != ".tex":
        return None
    text = statement.read_text(encoding="utf-8", errors="replace")
    match = _PLAIN_NAME.search(text) or _PROBLEMNAME.search(text)
    return match.group("name").strip() if match else None


def includes(root: Path) -> dict[str, Path]:
    """Language code (or "default") -> include/<language>/, for non-empty directories."""
    directory = root / "include"
    if not directory.is_dir():
        return {}
    return {
        path.name: path
        for path in sorted(directory.iterdir())
        if path.is_dir() and visible(path) and any(path.iterdir())
    }


def output_validator(root: Path, package_format: PackageFormat) -> Path | None:
    """The custom output validator program (a directory or a single file), if there is one."""
    directory = root / package_format.output_validator_directory
    if not directory.is_dir():
        return None
    programs = [path for path in sorted(directory.iterdir()) if visible(path)]
    if package_format.validator_is_directory:
        return _validator_directory(directory, programs)
    if len(programs) > 1:
        names = ", ".join(path.name for path in programs)
        raise ProblemError(
            directory,
            f"holds several output validators ({names}); only one is supported: merge them",
        )
    return programs[0] if programs else None


def _validator_directory(directory: Path, entries: list[Path]) -> Path | None:
    """output_validator/ is the program, unless all it holds is one directory.

    problemtools reads output_validator/ the legacy way, as a folder of programs, and its own
    2023-07-draft examples nest the program one level down (output_validator/guess_validator/).
    A program whose whole content is one directory means nothing else, so that one is it.
    """
    if not entries:
        return None
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return directory


def input_validators(root: Path) -> tuple[Path, ...]:
    directory = root / "input_validators"
    if not directory.is_dir():
        return ()
    return tuple(path for path in sorted(directory.iterdir()) if visible(path))

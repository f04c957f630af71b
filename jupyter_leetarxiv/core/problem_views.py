"""What clients may see of a problem: its paper, statement, excerpt, samples and starter code.

Only ``data/sample`` is ever read here: hidden test data never leaves the judge (research R5),
so nothing under ``data/secret`` may be added to these views.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jupyter_leetarxiv.core.languages import Language, LanguageRegistry
from jupyter_leetarxiv.core.problem import PaperSource, Problem

DIFFICULTY_PREFIX = "difficulty:"
STARTER_DIR = "starter"
MAX_DOCUMENT_BYTES = 1024 * 1024  # a statement or starter file larger than this is not shown


def problem_summary(problem: Problem) -> dict[str, Any]:
    """A problem as the problem list shows it: enough to choose one, no documents."""
    difficulty = None
    tags = []
    for keyword in problem.keywords:
        if keyword.startswith(DIFFICULTY_PREFIX):
            difficulty = keyword.removeprefix(DIFFICULTY_PREFIX)
        else:
            tags.append(keyword)
    return {
        "id": problem.id,
        "name": problem.name,
        "type": problem.type.value,
        "source": _source(problem.source) if problem.source is not None else None,
        "keywords": list(problem.keywords),
        "tags": tags,
        "difficulty": difficulty,
    }


def problem_detail(problem: Problem, languages: LanguageRegistry) -> dict[str, Any]:
    """A problem as the notebook shows it beside the user's code."""
    samples = problem.sample.all_cases()
    args = samples[0].output_validator_args if samples else problem.output_validator_args
    return {
        **problem_summary(problem),
        "sources": [_source(source) for source in problem.sources],
        "statement": _read(problem.statement),
        "excerpt": _read(problem.excerpt),
        "samples": [
            {"name": case.name, "input": _read(case.input), "answer": _read(case.answer)}
            for case in samples
        ],
        "starter": starter_code(problem.root, languages),
        "limits": {"time": problem.limits.time_limit, "memory": problem.limits.memory},
        "float_tolerance": _tolerance(args.float_absolute_tolerance, args.float_relative_tolerance),
        "version": problem.version,
    }


def language_view(language: Language) -> dict[str, Any]:
    return {
        "id": language.id,
        "name": language.name,
        "aliases": list(language.aliases),
        "extensions": list(language.extensions),
    }


def starter_code(root: Path, languages: LanguageRegistry) -> dict[str, str]:
    """``starter/<language>.<ext>`` files, by language id; files naming no language are skipped."""
    directory = root / STARTER_DIR
    if not directory.is_dir():
        return {}
    found: dict[str, str] = {}
    for path in sorted(directory.iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        try:
            language = languages.get(path.stem)
        except KeyError:
            continue
        found.setdefault(language.id, _read(path))
    return found


def _source(source: PaperSource) -> dict[str, Any]:
    return {
        "name": source.name,
        "url": source.url,
        "arxiv": source.arxiv,
        "authors": list(source.authors),
        "year": source.year,
    }


def _read(path: Path | None) -> str:
    if path is None or not path.is_file() or path.stat().st_size > MAX_DOCUMENT_BYTES:
        return ""
    return path.read_text(encoding="utf-8", errors="replace")


def _tolerance(absolute: float | None, relative: float | None) -> str:
    """Human text for the answer checker's float tolerance, e.g. "abs 1e-06, rel 1e-06"."""
    parts = []
    if absolute is not None:
        parts.append(f"abs {absolute:g}")
    if relative is not None:
        parts.append(f"rel {relative:g}")
    return ", ".join(parts)

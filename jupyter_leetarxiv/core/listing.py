"""A problem as a bank listing shows it: paper, tags, difficulty and reference languages.

Tags and difficulty live in problem.yaml ``keywords``: ``difficulty:easy``, ``field:numerics``
and free tags, so a plain Kattis tool still reads the package.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jupyter_leetarxiv.core.languages import LanguageRegistry
from jupyter_leetarxiv.core.problem import Problem, list_submissions
from jupyter_leetarxiv.core.verdicts import Verdict


@dataclass(frozen=True)
class Listing:
    id: str
    title: str
    paper: dict[str, Any]
    tags: tuple[str, ...]
    fields: tuple[str, ...]
    difficulty: str
    reference_languages: tuple[str, ...]
    harness_languages: tuple[str, ...]  # where the user writes a function, not a program

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "paper": self.paper,
            "tags": list(self.tags),
            "fields": list(self.fields),
            "difficulty": self.difficulty,
            "reference_languages": list(self.reference_languages),
            "harness_languages": list(self.harness_languages),
        }


def listing(problem: Problem, languages: LanguageRegistry) -> Listing:
    source = problem.source
    paper: dict[str, Any] = {}
    if source is not None:
        paper = {
            "title": source.name,
            "url": source.url,
            "arxiv": source.arxiv,
            "authors": list(source.authors),
            "year": source.year,
        }
    return Listing(
        id=problem.id,
        title=problem.name,
        paper=paper,
        tags=tuple(k for k in problem.keywords if ":" not in k),
        fields=_prefixed(problem, "field"),
        difficulty=(_prefixed(problem, "difficulty") or ("",))[0],
        reference_languages=_reference_languages(problem, languages),
        harness_languages=tuple(sorted(problem.includes)),
    )


def _prefixed(problem: Problem, prefix: str) -> tuple[str, ...]:
    return tuple(k.split(":", 1)[1] for k in problem.keywords if k.startswith(prefix + ":"))


def _reference_languages(problem: Problem, languages: LanguageRegistry) -> tuple[str, ...]:
    found = set()
    for submission in list_submissions(problem):
        if submission.expected != (Verdict.AC,):
            continue
        language = (
            languages.get(submission.language)
            if submission.language
            else languages.for_file(submission.path.name)
        )
        if language is not None:
            found.add(language.id)
    return tuple(sorted(found))

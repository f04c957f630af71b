"""The problems and languages a judge serves, loaded once and looked up by id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from threading import Lock

from jupyter_leetarxiv.core.bank import bank_problems, find_problem
from jupyter_leetarxiv.core.languages import Language, LanguageRegistry, load_languages
from jupyter_leetarxiv.core.problem import Problem, load_problem


class CatalogError(LookupError):
    """An unknown problem or language; the message lists the valid choices."""

    def __init__(self, message: str, choices: Sequence[str]) -> None:
        super().__init__(message)
        self.choices = list(choices)


@dataclass
class Catalog:
    """Problems are loaded lazily (a bank may hold hundreds) and kept once loaded."""

    languages: LanguageRegistry
    problem_dirs: tuple[Path, ...] = ()

    def __post_init__(self) -> None:
        self._problems: dict[str, Problem] = {}
        self._lock = Lock()

    @classmethod
    def load(cls, problem_dirs: Sequence[Path] = (), language_dirs: Sequence[Path] = ()) -> Catalog:
        return cls(languages=load_languages(language_dirs), problem_dirs=tuple(problem_dirs))

    def problem_ids(self) -> list[str]:
        return [path.name for path in bank_problems(self.problem_dirs)]

    def problem(self, problem_id: str) -> Problem:
        """The bank's problem with this id; ProblemError if its package is broken."""
        with self._lock:
            if problem_id in self._problems:
                return self._problems[problem_id]
        ids = self.problem_ids()
        if problem_id not in ids:
            raise CatalogError(f"unknown problem {problem_id!r}", ids)
        loaded = load_problem(find_problem(problem_id, self.problem_dirs))
        with self._lock:
            self._problems[problem_id] = loaded
        return loaded

    def language(self, name: str) -> Language:
        try:
            return self.languages.get(name)
        except KeyError as exc:
            raise CatalogError(str(exc.args[0]), [lang.id for lang in self.languages]) from None

"""What the view shows of a problem, from a loaded package or from the server's API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jupyter_leetarxiv.core.problem import Problem


@dataclass(frozen=True)
class Sample:
    input: str
    answer: str


@dataclass(frozen=True)
class ProblemInfo:
    id: str
    title: str
    statement: str  # Markdown
    excerpt: str  # Markdown
    samples: tuple[Sample, ...]
    paper: str = ""
    paper_url: str = ""
    float_tolerance: str = ""  # e.g. "abs 1e-06, rel 1e-06", empty for exact answers

    @classmethod
    def from_problem(cls, problem: Problem) -> ProblemInfo:
        source = problem.source
        args = problem.sample.all_cases()[0].output_validator_args if problem.cases() else None
        return cls(
            id=problem.id,
            title=problem.name,
            statement=_read(problem.statement),
            excerpt=_read(problem.excerpt),
            samples=tuple(
                Sample(c.input.read_text(errors="replace"), c.answer.read_text(errors="replace"))
                for c in problem.sample.all_cases()
            ),
            paper=source.name if source else "",
            paper_url=source.url or "" if source else "",
            float_tolerance=_tolerance(
                args.float_absolute_tolerance if args else None,
                args.float_relative_tolerance if args else None,
            ),
        )

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> ProblemInfo:
        source = data.get("source") or {}
        return cls(
            id=str(data["id"]),
            title=str(data.get("name", data["id"])),
            statement=str(data.get("statement", "")),
            excerpt=str(data.get("excerpt", "")),
            samples=tuple(
                Sample(str(s.get("input", "")), str(s.get("answer", "")))
                for s in data.get("samples", [])
            ),
            paper=str(source.get("name", "")),
            paper_url=str(source.get("url", "")),
            float_tolerance=str(data.get("float_tolerance", "")),
        )


def _read(path: Any) -> str:
    return path.read_text(errors="replace") if path is not None else ""


def _tolerance(absolute: float | None, relative: float | None) -> str:
    parts = []
    if absolute is not None:
        parts.append(f"abs {absolute:g}")
    if relative is not None:
        parts.append(f"rel {relative:g}")
    return ", ".join(parts)

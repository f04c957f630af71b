"""What the view shows of a problem: the API's problem document (``core.problem_views``),
whether it came over HTTP or was built in-process."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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

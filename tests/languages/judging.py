"""Judging in-process for the language tests, and reading the events that come back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jupyter_leetarxiv.core.judge import JudgeOptions, judge
from jupyter_leetarxiv.core.languages import Language, LanguageRegistry
from jupyter_leetarxiv.core.problem import load_problem
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import Compiled, Event, Result, TestResult
from jupyter_leetarxiv.sandbox import Sandbox

APLUSB = Path(__file__).resolve().parents[1] / "e2e" / "problems" / "aplusb"


@dataclass(frozen=True, repr=False)
class Judged:
    events: list[Event]

    @property
    def compiled(self) -> Compiled:
        return next(e for e in self.events if isinstance(e, Compiled))

    @property
    def result(self) -> Result:
        last = self.events[-1]
        assert isinstance(last, Result), self.events
        return last

    @property
    def verdict(self) -> Verdict:
        return self.result.verdict

    @property
    def tests(self) -> list[TestResult]:
        return [e for e in self.events if isinstance(e, TestResult)]

    def __repr__(self) -> str:
        """For assertion messages: the verdicts, the compiler's output and any feedback."""
        compiled = next((e for e in self.events if isinstance(e, Compiled)), None)
        output = compiled.output[:1500] if compiled else "(no compile event)"
        feedback = [(t.name, t.verdict.value, t.feedback, t.actual) for t in self.tests]
        return f"{self.verdict.value}; compiler said {output!r}; tests {feedback}"


def judge_aplusb(
    language: Language,
    source: str | bytes,
    sandbox: Sandbox,
    registry: LanguageRegistry,
    options: JudgeOptions | None = None,
) -> Judged:
    problem = load_problem(APLUSB)
    return Judged(list(judge(problem, language, source, sandbox, registry, options)))

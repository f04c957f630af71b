"""Folding a stream of events into one record: what `--json`, the store and the widget show."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jupyter_leetarxiv.core.wire import (
    Compiled,
    Error,
    Event,
    Output,
    Result,
    TestResult,
    event_to_dict,
)


@dataclass
class Summary:
    compiled: Compiled | None = None
    tests: list[TestResult] = field(default_factory=list)
    result: Result | None = None
    error: Error | None = None
    output: Output | None = None

    def apply(self, event: Event) -> None:
        if isinstance(event, Compiled):
            self.compiled = event
        elif isinstance(event, TestResult):
            self.tests.append(event)
        elif isinstance(event, Result):
            self.result = event
        elif isinstance(event, Error):
            self.error = event
        elif isinstance(event, Output):
            self.output = event

    @property
    def finished(self) -> bool:
        return self.result is not None or self.error is not None or self.output is not None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.result is not None:
            data.update(_plain(event_to_dict(self.result)))
            data.setdefault("score", None)  # pass-fail problems: a key with no score
        if self.error is not None:
            data["error"] = self.error.message
        if self.output is not None:
            data["output"] = _plain(event_to_dict(self.output))
        if self.compiled is not None:
            data["compile"] = {
                "ok": self.compiled.ok,
                "output": self.compiled.output,
                "cached": self.compiled.cached,
                "time": self.compiled.time,
            }
        data["tests"] = [_plain(event_to_dict(t)) for t in self.tests]
        return data


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    """Drop the envelope fields that only matter on the wire."""
    return {k: v for k, v in data.items() if k not in ("v", "type", "submission")}

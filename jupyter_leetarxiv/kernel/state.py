"""What the view shows, as a pure function of the events received so far.

Kept free of ipywidgets so it can be tested from a recorded event stream, and so the HTML
fallback (exported notebooks, frontends without widgets) shows exactly what the widget shows.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import (
    Compiled,
    Compiling,
    Event,
    Output,
    Queued,
    Result,
    TestResult,
)


class Phase(str, enum.Enum):
    SUBMITTING = "submitting"
    QUEUED = "queued"
    COMPILING = "compiling"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"  # the judge could not judge (bad input, broker error)


@dataclass(frozen=True)
class Row:
    """One test in the progress table: pending, running, or finished with its verdict."""

    index: int
    name: str = ""
    verdict: Verdict | None = None
    running: bool = False
    time: float = 0.0
    memory: int = 0


@dataclass(frozen=True)
class ViewState:
    phase: Phase = Phase.SUBMITTING
    queue_position: int | None = None
    compile_output: str = ""
    compile_ok: bool | None = None
    compile_cached: bool = False
    rows: tuple[Row, ...] = ()
    first_failed_sample: TestResult | None = None
    worst_float: TestResult | None = None  # the test with the largest relative error
    result: Result | None = None
    output: Output | None = None
    error: str | None = None
    tests: tuple[TestResult, ...] = field(default=())

    @property
    def verdict(self) -> Verdict | None:
        return self.result.verdict if self.result is not None else None


def reduce(state: ViewState, event: Event) -> ViewState:
    """The state after one more event. Unknown orders (e.g. a replay) still converge."""
    if isinstance(event, Queued):
        return replace(state, phase=Phase.QUEUED, queue_position=event.position)
    if isinstance(event, Compiling):
        return replace(state, phase=Phase.COMPILING)
    if isinstance(event, Compiled):
        return replace(
            state,
            phase=Phase.RUNNING if event.ok else state.phase,
            compile_ok=event.ok,
            compile_output=event.output,
            compile_cached=event.cached,
        )
    if isinstance(event, TestResult):
        return _with_test(state, event)
    if isinstance(event, Result):
        rows = tuple(replace(r, running=False) for r in state.rows)
        return replace(state, phase=Phase.DONE, result=event, rows=rows)
    if isinstance(event, Output):
        return replace(state, phase=Phase.DONE, output=event)
    return replace(state, phase=Phase.FAILED, error=event.message)


def _with_test(state: ViewState, event: TestResult) -> ViewState:
    rows = list(state.rows) or [Row(index=i) for i in range(1, event.total + 1)]
    position = event.index - 1
    rows[position] = Row(
        index=event.index,
        name=event.name,
        verdict=event.verdict,
        time=event.time,
        memory=event.memory,
    )
    if event.index < len(rows) and event.verdict is not Verdict.SKIPPED:
        nxt = rows[event.index]
        if nxt.verdict is None:
            rows[event.index] = replace(nxt, running=True)
    failed = state.first_failed_sample
    if failed is None and event.sample and event.verdict not in (Verdict.AC, Verdict.SKIPPED):
        failed = event
    worst = state.worst_float
    if event.max_rel_error is not None and (
        worst is None or (worst.max_rel_error or 0.0) < event.max_rel_error
    ):
        worst = event
    return replace(
        state,
        phase=Phase.RUNNING,
        rows=tuple(rows),
        first_failed_sample=failed,
        worst_float=worst,
        tests=(*state.tests, event),
    )

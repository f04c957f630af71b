"""The plain-text view: one line a grader or a terminal can read."""

from __future__ import annotations

from jupyter_leetarxiv.kernel.state import Phase, ViewState


def summary_line(state: ViewState) -> str:
    if state.phase is Phase.FAILED:
        return f"leetarxiv: could not judge: {state.error}"
    if state.output is not None:
        return f"leetarxiv: ran on your input ({state.output.status})\n{state.output.stdout}"
    result = state.result
    if result is None:
        return f"leetarxiv: {state.phase.value}"
    line = f"leetarxiv: {result.verdict.value} ({result.verdict.description}), "
    line += f"{result.passed}/{result.total} tests passed"
    if result.score is not None:
        line += f", score {result.score:g}/{(result.max_score or 0):g}"
    return line

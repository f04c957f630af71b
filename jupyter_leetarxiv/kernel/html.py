"""HTML fragments of the view: verdict banner, test table, diff, float errors, time chart.

Pure functions of ``ViewState`` and ``ProblemInfo``; the widget places them, and the static
fallback concatenates them. Every string from a submission or a package is escaped here.
Colours use JupyterLab's theme variables with fallbacks, so light and dark themes both work.
"""

from __future__ import annotations

import difflib
from html import escape

from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.kernel.markdown import render_markdown
from jupyter_leetarxiv.kernel.problem_info import ProblemInfo
from jupyter_leetarxiv.kernel.state import Phase, Row, ViewState

COLOURS = {
    Verdict.AC: "#2e7d32",
    Verdict.WA: "#c62828",
    Verdict.TLE: "#ef6c00",
    Verdict.MLE: "#6a1b9a",
    Verdict.OLE: "#ad1457",
    Verdict.RTE: "#b71c1c",
    Verdict.CE: "#455a64",
    Verdict.JE: "#37474f",
    Verdict.SKIPPED: "#9e9e9e",
}
_FG = "var(--jp-ui-font-color1, #212121)"
_MUTED = "var(--jp-ui-font-color2, #616161)"
_BORDER = "var(--jp-border-color2, #e0e0e0)"
_MONO = "font-family: var(--jp-code-font-family, monospace); font-size: 12px"


def badge(verdict: Verdict) -> str:
    colour = COLOURS[verdict]
    return (
        f'<span class="leetarxiv-verdict" title="{escape(verdict.description)}" '
        f'style="background:{colour};color:#fff;border-radius:3px;padding:1px 6px;'
        f'font-weight:600">{escape(verdict.value)}</span>'
    )


def banner(state: ViewState) -> str:
    """The headline: what is happening now, or the verdict in colour."""
    if state.phase is Phase.FAILED:
        return _line(f"<b>Could not judge:</b> {escape(state.error or '')}", COLOURS[Verdict.JE])
    if state.output is not None:
        out = state.output
        return _line(f"Ran on your input: {escape(out.status)}, {out.time:.2f} s CPU", _FG)
    if state.result is None:
        return _line(_progress_text(state), _MUTED)
    result = state.result
    text = f"{badge(result.verdict)} <b>{escape(result.verdict.description)}</b>"
    text += f" &nbsp; {result.passed}/{result.total} tests"
    if result.score is not None:
        text += f" &nbsp; score {result.score:g}/{(result.max_score or 0):g}"
    text += f" &nbsp; max {result.max_time:.2f} s, {result.max_memory / 2**20:.1f} MiB"
    return _line(text, _FG)


def _progress_text(state: ViewState) -> str:
    if state.phase is Phase.QUEUED:
        ahead = state.queue_position
        return "Queued" + (f" ({ahead} ahead)" if ahead else "") + "…"
    if state.phase is Phase.COMPILING:
        return "Compiling…"
    if state.phase is Phase.RUNNING:
        done = sum(r.verdict is not None for r in state.rows)
        return f"Running tests… {done}/{len(state.rows) or '?'}"
    return "Submitting…"


def _line(inner: str, colour: str) -> str:
    return f'<div style="color:{colour};font-size:14px;margin:4px 0">{inner}</div>'


def test_table(state: ViewState) -> str:
    """One row per test: pending, running, or its verdict with time and memory."""
    if not state.rows:
        return ""
    body = "".join(_row(r) for r in state.rows)
    return (
        f'<table class="leetarxiv-tests" style="border-collapse:collapse;{_MONO}">'
        "<thead><tr><th>#</th><th>test</th><th>verdict</th><th>time</th><th>memory</th></tr>"
        f"</thead><tbody>{body}</tbody></table>"
    )


def _row(row: Row) -> str:
    if row.verdict is None:
        status = "running…" if row.running else "pending"
        cells = [str(row.index), "", f'<span style="color:{_MUTED}">{status}</span>', "", ""]
    else:
        shown = row.verdict is not Verdict.SKIPPED
        cells = [
            str(row.index),
            escape(row.name),
            badge(row.verdict),
            f"{row.time:.3f} s" if shown else "",
            f"{row.memory / 2**20:.1f} MiB" if shown else "",
        ]
    tds = "".join(
        f'<td style="padding:1px 8px;border-bottom:1px solid {_BORDER}">{c}</td>' for c in cells
    )
    return f"<tr>{tds}</tr>"


def compile_errors(state: ViewState) -> str:
    """Compiler output with line references highlighted, shown when compilation failed."""
    if state.compile_ok is not False:
        return ""
    lines = []
    for line in state.compile_output.splitlines():
        escaped = escape(line)
        if ": error" in line or "error:" in line:
            escaped = f'<span style="color:{COLOURS[Verdict.WA]};font-weight:600">{escaped}</span>'
        lines.append(escaped)
    return (
        f'<div><b>Compile error</b></div><pre style="{_MONO};white-space:pre-wrap">'
        + "\n".join(lines)
        + "</pre>"
    )


def sample_diff(state: ViewState) -> str:
    """Expected and actual output of the first failing sample, line by line."""
    test = state.first_failed_sample
    if test is None or test.expected is None:
        return ""
    expected = test.expected.splitlines()
    actual = (test.actual or "").splitlines()
    rows = []
    matcher = difflib.SequenceMatcher(a=expected, b=actual, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(max(i2 - i1, j2 - j1)):
            left = expected[i1 + k] if i1 + k < i2 else ""
            right = actual[j1 + k] if j1 + k < j2 else ""
            mark = "" if tag == "equal" else "background:rgba(198,40,40,0.15)"
            rows.append(f'<tr style="{mark}"><td>{escape(left)}</td><td>{escape(right)}</td></tr>')
    feedback = f"<div>{escape(test.feedback)}</div>" if test.feedback else ""
    return (
        f"<div><b>First failing sample: {escape(test.name)}</b> {badge(test.verdict)}</div>"
        f"{feedback}"
        f'<table class="leetarxiv-diff" style="{_MONO};border-collapse:collapse">'
        "<thead><tr><th>expected</th><th>your output</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def float_errors(state: ViewState) -> str:
    """The largest absolute and relative error seen, and where: for tolerance problems."""
    worst = state.worst_float
    if worst is None:
        return ""
    where = f"token {worst.error_at + 1} of " if worst.error_at is not None else ""
    return (
        f'<div style="{_MONO}">largest error: abs {worst.max_abs_error:.3g}, '
        f"rel {worst.max_rel_error:.3g} ({where}{escape(worst.name)})</div>"
    )


def time_chart(state: ViewState, width: int = 360, height: int = 60) -> str:
    """A small bar chart of CPU time per test, coloured by verdict (inline SVG)."""
    timed = [r for r in state.rows if r.verdict not in (None, Verdict.SKIPPED)]
    if len(timed) < 2:
        return ""
    top = max(r.time for r in timed) or 1.0
    bar = width / len(state.rows)
    bars = []
    for r in timed:
        h = max(1.0, (height - 12) * r.time / top)
        x = (r.index - 1) * bar
        colour = COLOURS[r.verdict] if r.verdict else _MUTED
        bars.append(
            f'<rect x="{x:.1f}" y="{height - h:.1f}" width="{max(bar - 1, 1):.1f}" '
            f'height="{h:.1f}" fill="{colour}"><title>test {r.index}: {r.time:.3f} s</title></rect>'
        )
    label = f'<text x="0" y="10" font-size="10" fill="{_MUTED}">max {top:.3f} s CPU</text>'
    return (
        f'<svg class="leetarxiv-chart" width="{width}" height="{height}" '
        f'role="img" aria-label="time per test">{label}{"".join(bars)}</svg>'
    )


def paper_header(info: ProblemInfo) -> str:
    title = f"<b>{escape(info.title)}</b>"
    if info.paper:
        paper = escape(info.paper)
        if info.paper_url.startswith(("https://", "http://")):
            paper = f'<a href="{escape(info.paper_url)}" target="_blank" rel="noopener">{paper}</a>'
        title += f' <span style="color:{_MUTED}">— {paper}</span>'
    return f'<div style="font-size:14px">{title}</div>'


def samples_table(info: ProblemInfo) -> str:
    rows = "".join(
        f"<tr><td><pre>{escape(s.input)}</pre></td><td><pre>{escape(s.answer)}</pre></td></tr>"
        for s in info.samples
    )
    return (
        f'<table class="leetarxiv-samples" style="{_MONO}"><thead><tr><th>sample input</th>'
        f"<th>expected output</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def statement(info: ProblemInfo) -> str:
    tolerance = (
        f"<p><i>Floating-point answers are accepted within {escape(info.float_tolerance)}.</i></p>"
        if info.float_tolerance
        else ""
    )
    return render_markdown(info.statement) + tolerance + samples_table(info)


def excerpt(info: ProblemInfo) -> str:
    return render_markdown(info.excerpt) if info.excerpt else "<p>No excerpt for this problem.</p>"


def results(state: ViewState) -> str:
    """Everything about the judging, in reading order."""
    parts = [banner(state), compile_errors(state), sample_diff(state), float_errors(state)]
    parts += [test_table(state), time_chart(state)]
    if state.output is not None:
        parts.append(f'<pre style="{_MONO}">{escape(state.output.stdout)}</pre>')
        if state.output.stderr:
            parts.append(f'<pre style="{_MONO};color:{_MUTED}">{escape(state.output.stderr)}</pre>')
    return "".join(p for p in parts if p)


def static_report(state: ViewState, info: ProblemInfo | None) -> str:
    """The whole view as one HTML block: the fallback for frontends without widgets."""
    header = paper_header(info) if info is not None else ""
    return f'<div class="leetarxiv-report">{header}{results(state)}</div>'

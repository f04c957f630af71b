"""The view's state and HTML, replayed from event streams recorded from real judging runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import Event, event_from_dict
from jupyter_leetarxiv.kernel import html
from jupyter_leetarxiv.kernel.problem_info import ProblemInfo, Sample
from jupyter_leetarxiv.kernel.state import Phase, ViewState, reduce
from jupyter_leetarxiv.kernel.text import summary_line
from jupyter_leetarxiv.kernel.view import JudgeView

RECORDINGS = Path(__file__).parent / "recordings"


def recorded(name: str) -> list[Event]:
    lines = (RECORDINGS / f"{name}.jsonl").read_text().splitlines()
    return [event_from_dict(json.loads(line)) for line in lines]


def states(name: str) -> list[ViewState]:
    out, state = [], ViewState()
    for event in recorded(name):
        state = reduce(state, event)
        out.append(state)
    return out


def test_accepted_run_moves_through_every_phase() -> None:
    seen = states("aplusb-ac")
    assert [s.phase for s in seen[:3]] == [Phase.COMPILING, Phase.RUNNING, Phase.RUNNING]
    first_test = seen[2]
    assert first_test.rows[0].verdict is Verdict.AC
    assert first_test.rows[1].running and first_test.rows[1].verdict is None
    assert all(r.verdict is None for r in first_test.rows[2:])
    final = seen[-1]
    assert final.phase is Phase.DONE and final.verdict is Verdict.AC
    assert all(r.verdict is Verdict.AC and not r.running for r in final.rows)
    assert final.first_failed_sample is None


def test_wrong_answer_keeps_the_first_failing_sample_and_skips_the_rest() -> None:
    final = states("aplusb-wa")[-1]
    assert final.verdict is Verdict.WA
    failed = final.first_failed_sample
    assert failed is not None and failed.index == 1 and failed.expected != failed.actual
    assert [r.verdict for r in final.rows[1:]] == [Verdict.SKIPPED] * (len(final.rows) - 1)
    diff = html.sample_diff(final)
    assert failed.expected is not None and failed.expected.strip() in diff
    assert "your output" in diff


def test_compile_error_shows_the_compiler_output_and_no_tests() -> None:
    final = states("aplusb-ce")[-1]
    assert final.verdict is Verdict.CE and final.compile_ok is False and not final.rows
    report = html.compile_errors(final)
    assert "Compile error" in report and "error" in final.compile_output


def test_float_problem_reports_the_largest_error() -> None:
    final = states("floatsum-ac")[-1]
    assert final.worst_float is not None
    assert "largest error" in html.float_errors(final)


def test_fallback_report_and_text_carry_the_verdict() -> None:
    final = states("aplusb-wa")[-1]
    report = html.static_report(final, None)
    assert 'class="leetarxiv-verdict"' in report and ">WA<" in report
    assert summary_line(final).startswith("leetarxiv: WA (wrong answer), 0/10")
    assert "<svg" not in report  # one timed test: no chart
    assert "<svg" in html.static_report(states("aplusb-ac")[-1], None)


def test_untrusted_text_is_escaped() -> None:
    info = ProblemInfo(
        id="x",
        title="<script>alert(1)</script>",
        statement="**bold** <img src=x onerror=1>",
        excerpt="",
        samples=(Sample("<b>", "1"),),
        paper="P",
        paper_url="javascript:alert(1)",
    )
    assert "<script>" not in html.paper_header(info)
    assert "javascript:" not in html.paper_header(info)
    assert "<img" not in html.statement(info) and "<strong>bold</strong>" in html.statement(info)
    assert "&lt;b&gt;" in html.samples_table(info)


@pytest.mark.parametrize("name", ["aplusb-ac", "aplusb-wa", "aplusb-ce"])
def test_widget_follows_the_stream(name: str) -> None:
    view = JudgeView(None)
    for event in recorded(name):
        view.apply(event)
        assert view.state.phase in (Phase.COMPILING, Phase.RUNNING, Phase.DONE)
    bundle = view._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert view.state.verdict is not None
    assert view.state.verdict.value in bundle["text/plain"]

"""Wire requests: bad input ends in an error event; stdin runs are not judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from jupyter_leetarxiv.core.catalog import Catalog, CatalogError
from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.core.requests import MAX_SOURCE_BYTES, handle_request
from jupyter_leetarxiv.core.wire import Compiled, Error, Mode, Output, Result, SubmissionRequest
from jupyter_leetarxiv.sandbox.local import LocalSandbox

E2E = Path(__file__).parents[1] / "e2e" / "problems"
AC = "a, b = map(int, input().split())\nprint(a + b)\n"
C_AC = (E2E.parent / "programs" / "ac_aplusb.c").read_text()


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.load(problem_dirs=[E2E])


def test_unknown_problem_lists_choices(catalog: Catalog) -> None:
    with pytest.raises(CatalogError) as caught:
        catalog.problem("nope")
    assert "aplusb" in caught.value.choices


@pytest.mark.parametrize(
    ("problem", "language", "source", "message"),
    [
        ("nope", "python3", AC, "unknown problem 'nope'"),
        ("aplusb", "cobol-2099", AC, "unknown language 'cobol-2099'"),
        ("aplusb", "python3", "#" * (MAX_SOURCE_BYTES + 1), "larger than"),
    ],
)
def test_bad_requests_end_in_an_error_event(
    catalog: Catalog, problem: str, language: str, source: str, message: str
) -> None:
    request = SubmissionRequest(problem=problem, language=language, source=source)
    events = list(handle_request(request, catalog, LocalSandbox()))
    assert len(events) == 1
    assert isinstance(events[0], Error) and message in events[0].message


def test_run_mode_judges_samples_only(catalog: Catalog) -> None:
    request = SubmissionRequest(problem="aplusb", language="python3", source=AC, mode=Mode.RUN)
    events = list(handle_request(request, catalog, LocalSandbox()))
    result = events[-1]
    assert isinstance(result, Result)
    samples = len(catalog.problem("aplusb").sample.all_cases())
    assert result.total == samples and result.passed == samples


def test_stdin_runs_without_judging(catalog: Catalog) -> None:
    request = SubmissionRequest(problem="aplusb", language="python3", source=AC, stdin="40 2\n")
    events = list(handle_request(request, catalog, LocalSandbox()))
    output = events[-1]
    assert isinstance(output, Output)
    assert output.stdout == "42\n" and output.exit_code == 0


@pytest.mark.parametrize("stdin", [None, "1 2\n"], ids=["judged", "stdin run"])
def test_a_compile_cache_is_used_by_both_kinds_of_request(
    catalog: Catalog, tmp_path: Path, stdin: str | None
) -> None:
    cache = CompileCache(tmp_path)
    cached = []
    for _ in range(2):
        request = SubmissionRequest(problem="aplusb", language="c", source=C_AC, stdin=stdin)
        events = handle_request(request, catalog, LocalSandbox(), cache)
        cached += [e.cached for e in events if isinstance(e, Compiled)]
    assert cached == [False, True]

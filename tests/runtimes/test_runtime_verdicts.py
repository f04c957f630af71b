"""MLE, TLE and RTE told apart for runtimes that manage a heap of their own: JVM, Go and GHC.

Memory is limited by the cgroup (256 MiB here), never by RLIMIT_AS, which these runtimes cannot
live with; but the JVM (-Xmx) and GHC (+RTS -M) also have a heap limit of their own, sized from
the same figure, and may give up first with their own message. Either way is MLE. So each
runtime gets a correct program, a heap that grows until something stops it, one block larger
than the limit (the runtime's own refusal, where it has one), a busy loop and a crash, judged end
to end on problems/sum256 as a user's submission is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jupyter_leetarxiv.core.judge import JudgeOptions, judge
from jupyter_leetarxiv.core.languages import LanguageRegistry, load_languages
from jupyter_leetarxiv.core.languages.probe import is_installed
from jupyter_leetarxiv.core.problem import Problem, load_problem
from jupyter_leetarxiv.core.wire import event_to_dict
from jupyter_leetarxiv.sandbox.local import LocalSandbox

pytestmark = pytest.mark.slow  # javac, go build and GHC take seconds each

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
MEMORY = 256 * 2**20
TIME_LIMIT = 2.0  # seconds, as problems/sum256/problem.yaml says

VERDICTS = {
    "AcSum.java": "AC",
    "MleHeap.java": "MLE",
    "MleBlock.java": "MLE",  # java.lang.OutOfMemoryError, before the cgroup is full
    "TleLoop.java": "TLE",
    "RteCrash.java": "RTE",
    "ac_sum.go": "AC",
    "mle_heap.go": "MLE",
    "mle_block.go": "MLE",
    "tle_loop.go": "TLE",
    "rte_crash.go": "RTE",
    "ac_sum.hs": "AC",
    "mle_heap.hs": "MLE",
    "mle_block.hs": "MLE",  # "Heap exhausted" from the RTS, before the cgroup is full
    "tle_loop.hs": "TLE",
    "rte_crash.hs": "RTE",
}


@pytest.fixture(scope="module")
def registry() -> LanguageRegistry:
    return load_languages()


@pytest.fixture(scope="module")
def problem() -> Problem:
    return load_problem(HERE / "problems" / "sum256")


@pytest.fixture(scope="module")
def sandbox() -> LocalSandbox:
    return LocalSandbox()


def test_every_program_has_a_verdict() -> None:
    assert {p.name for p in PROGRAMS.iterdir()} == set(VERDICTS)


@pytest.mark.parametrize("name", sorted(VERDICTS))
def test_runtime_verdict(
    name: str, registry: LanguageRegistry, problem: Problem, sandbox: LocalSandbox
) -> None:
    language = registry.for_file(name)
    assert language is not None
    if not is_installed(language):
        pytest.skip(f"{language.name} is not installed")
    source = (PROGRAMS / name).read_bytes()
    judged = judge(problem, language, source, sandbox, registry, JudgeOptions(filename=name))
    events = [event_to_dict(event) for event in judged]

    compiled = next(e for e in events if e["type"] == "compiled")
    assert compiled["ok"], compiled["output"]
    result = events[-1]
    expected = VERDICTS[name]
    assert result["verdict"] == expected, events
    tests = [e for e in events if e["type"] == "test"]
    if expected == "AC":
        assert [t["verdict"] for t in tests] == ["AC"] * len(tests)
        assert all(0 < t["memory"] <= MEMORY for t in tests), tests
        return
    first = tests[0]
    assert first["verdict"] == expected
    assert first["memory"] <= MEMORY, first
    check_failure(expected, first)


def check_failure(verdict: str, test: dict[str, Any]) -> None:
    """What else a failure's verdict means: TLE used its time, RTE was a crash of its own."""
    if verdict == "TLE":
        assert max(test["time"], test["wall_time"]) >= TIME_LIMIT, test
    if verdict == "RTE":
        assert test["feedback"].startswith("exit code "), test
    if verdict == "MLE":
        assert test["feedback"] == "memory limit exceeded", test

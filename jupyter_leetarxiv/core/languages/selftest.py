"""Does a language work on this machine? Its own hello world and a+b, judged as submissions are.

A language file carries two programs (``self_test``). They go through the same pipeline as a
user's cell: into a box, compiled under compile limits, run in the sandbox and checked by the
default output validator against two tiny problem packages shipped with the package
(``selftest/hello``: prints exactly "Hello, World!"; ``selftest/aplusb``: reads "3 4", prints 7).
So a self-test that passes means a submission in that language can pass too: the toolchain is
installed, its files are visible in the sandbox, and it runs within the sandbox's limits.

The compile cache is never used here: a self-test that replays yesterday's artefacts would not
test today's compiler.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from jupyter_leetarxiv.core.judge import JudgeOptions, judge
from jupyter_leetarxiv.core.languages.model import Language
from jupyter_leetarxiv.core.languages.probe import is_installed, toolchain_version
from jupyter_leetarxiv.core.languages.registry import LanguageRegistry
from jupyter_leetarxiv.core.problem import Problem, load_problem
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import Compiled, Event, Mode, Result, TestResult
from jupyter_leetarxiv.sandbox import Sandbox, SandboxError

PROGRAMS = ("hello", "aplusb")  # the self_test fields, and the problems that judge them
ERROR_CHARS = 2000  # how much compiler output or feedback a failed self-test keeps

_E = TypeVar("_E")


@dataclass(frozen=True)
class SelfTestResult:
    """One language's self-test; times are the a+b program's (compile wall time, run wall time)."""

    name: str
    title: str
    installed: bool
    version: str | None
    ok: bool
    compile_ms: float | None = None
    run_ms: float | None = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Judged:
    """What judging one self-test program told: its verdict, times, and why it failed."""

    verdict: Verdict
    compile_ms: float | None
    run_ms: float | None
    error: str | None


@cache
def selftest_problem(program: str) -> Problem:
    """The package that judges ``program`` (hello or aplusb), loaded once per process."""
    root = resources.files("jupyter_leetarxiv.core.languages") / "selftest" / program
    return load_problem(Path(str(root)))


def self_test(language: Language, sandbox: Sandbox, languages: LanguageRegistry) -> SelfTestResult:
    """Judge the language's hello world, then its a+b; the first failure is the error."""
    if not is_installed(language):
        packages = ", ".join(language.debian_packages) or "none listed"
        return SelfTestResult(
            name=language.id,
            title=language.name,
            installed=False,
            version=None,
            ok=False,
            error=f"not installed: {language.executable} is missing (Debian: {packages})",
        )
    judged = _Judged(Verdict.JE, None, None, "no self-test program")
    for program in PROGRAMS:
        judged = _judge_program(language, program, sandbox, languages)
        if judged.verdict is not Verdict.AC:
            judged = replace(judged, error=f"{program}: {judged.error}")
            break
    return SelfTestResult(
        name=language.id,
        title=language.name,
        installed=True,
        version=toolchain_version(language),
        ok=judged.verdict is Verdict.AC,
        compile_ms=judged.compile_ms,
        run_ms=judged.run_ms,
        error=judged.error,
    )


def self_test_all(
    languages: LanguageRegistry,
    selected: Iterable[Language],
    sandbox: Sandbox,
    *,
    jobs: int = 1,
    on_result: Callable[[SelfTestResult], None] | None = None,
) -> list[SelfTestResult]:
    """Self-test ``selected`` with ``jobs`` at a time; results come back in ``selected``'s order.

    ``on_result`` hears of each result as it finishes, so a terminal can show progress.
    """

    def one(language: Language) -> SelfTestResult:
        result = self_test(language, sandbox, languages)
        if on_result is not None:
            on_result(result)
        return result

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(one, list(selected)))


def _judge_program(
    language: Language, program: str, sandbox: Sandbox, languages: LanguageRegistry
) -> _Judged:
    source: str = getattr(language.self_test, program)
    options = JudgeOptions(submission_id=f"selftest-{language.id}-{program}", mode=Mode.RUN)
    problem = selftest_problem(program)
    try:
        events = list(judge(problem, language, source, sandbox, languages, options))
    except SandboxError as exc:
        return _Judged(Verdict.JE, None, None, f"sandbox failure: {exc}")
    return _summarise(events)


def _summarise(events: list[Event]) -> _Judged:
    compiled = next(_of_type(events, Compiled), None)
    tests = list(_of_type(events, TestResult))
    result = next(_of_type(events, Result))
    compile_ms = round(compiled.time * 1000, 1) if compiled is not None else None
    run_ms = round(max(t.wall_time for t in tests) * 1000, 1) if tests else None
    error = None
    if result.verdict is Verdict.CE and compiled is not None:
        error = f"CE: {compiled.output.strip()}"
    elif result.verdict is not Verdict.AC:
        failed = next((t for t in tests if t.verdict is not Verdict.AC), None)
        error = _describe_failure(result.verdict, failed)
    return _Judged(result.verdict, compile_ms, run_ms, error and error[:ERROR_CHARS])


def _describe_failure(verdict: Verdict, test: TestResult | None) -> str:
    parts = [verdict.value]
    if test is not None:
        if test.feedback:
            parts.append(test.feedback)
        if test.actual is not None:
            parts.append(f"printed {test.actual!r}, expected {test.expected!r}")
    return ": ".join(parts)


def _of_type(events: list[Event], kind: type[_E]) -> Iterator[_E]:
    return (event for event in events if isinstance(event, kind))

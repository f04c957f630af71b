"""The judge pipeline: compile once, run every test, check it, and tell as it goes.

``judge`` is a generator of wire events so every transport (in-process, the embedded pool,
RabbitMQ, the server's event stream) relays the same thing as it happens.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field, replace

from jupyter_leetarxiv.core.checkers import CheckResult, check_default
from jupyter_leetarxiv.core.checkers.custom import OutputValidator, ValidatorError
from jupyter_leetarxiv.core.compilation import (
    compile_limits,
    compile_sources,
    language_env,
    place_sources,
    run_limits,
)
from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.core.execution import describe_exit, run_verdict
from jupyter_leetarxiv.core.languages import Language, LanguageRegistry
from jupyter_leetarxiv.core.languages.probe import toolchain_version
from jupyter_leetarxiv.core.problem import Problem, ProblemType, TestCase, TestGroup
from jupyter_leetarxiv.core.scoring import problem_score, problem_verdict
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import (
    Compiling,
    Event,
    Mode,
    Result,
    TestResult,
)
from jupyter_leetarxiv.sandbox import Box, Limits, RunResult, Sandbox, SandboxError

SAMPLE_TEXT_BYTES = 4096  # how much of a sample's input/expected/actual a client is shown


@dataclass(frozen=True)
class JudgeOptions:
    submission_id: str = "local"
    mode: Mode = Mode.SUBMIT
    run_all: bool = False  # keep going after a failure (pass-fail problems stop at the first)
    filename: str | None = None  # the submitted file's name (Java's public class)
    time_limit: float | None = None  # overrides the problem's (e.g. derived by verify)
    compile_cache: CompileCache | None = None  # None: always compile


@dataclass
class _Tally:
    verdicts: list[Verdict] = field(default_factory=list)
    scores: dict[str, float | None] = field(default_factory=dict)  # accepted cases only
    max_time: float = 0.0
    max_memory: int = 0


def judge(
    problem: Problem,
    language: Language,
    source: str | bytes,
    sandbox: Sandbox,
    languages: LanguageRegistry,
    options: JudgeOptions | None = None,
) -> Generator[Event, None, None]:
    """Judge one submission; the last event is always a ``Result``."""
    options = options or JudgeOptions()
    sid = options.submission_id
    cases = problem.cases(samples_only=options.mode is Mode.RUN)
    data = source.encode() if isinstance(source, str) else source
    memory_mb = problem.limits.memory // 2**20
    validator = OutputValidator(problem, sandbox, languages) if problem.output_validator else None
    tally = _Tally()

    def result(verdict: Verdict) -> Result:
        score = (
            problem_score(problem, tally.scores) if problem.type is ProblemType.SCORING else None
        )
        return Result(
            submission=sid,
            verdict=verdict,
            passed=sum(v is Verdict.AC for v in tally.verdicts),
            total=len(cases),
            score=None if score is None else round(score.value, 6),
            max_score=None if score is None else score.maximum,
            max_time=tally.max_time,
            max_memory=tally.max_memory,
            toolchain=toolchain_version(language) or "",
            problem_version=problem.version,
            language=language.id,
            problem=problem.id,
        )

    try:
        with sandbox.open_box(toolchain_paths=language.toolchain_paths) as box:
            yield Compiling(submission=sid)
            sources = place_sources(
                box, language, data, options.filename, problem.includes_for(language.names)
            )
            outcome = compile_sources(
                box, language, sources, compile_limits(problem), memory_mb, options.compile_cache
            )
            yield outcome.event(sid)
            if not outcome.ok:
                yield result(Verdict.CE)
                return
            argv = language.run_argv(sources.files, sources.main, memory_mb)
            time_limit = (options.time_limit or problem.limits.time_limit) * (
                language.time_multiplier
            )
            limits = run_limits(problem, time_limit)
            stop = False
            skip_groups: set[str] = set()
            for index, case in enumerate(cases, start=1):
                if stop or _in_groups(case, skip_groups):
                    tally.verdicts.append(Verdict.SKIPPED)
                    yield _skipped(sid, index, len(cases), case)
                    continue
                event = _run_case(box, argv, language, case, limits, time_limit, validator, problem)
                event = _numbered(event, sid, index, len(cases))
                tally.verdicts.append(event.verdict)
                tally.max_time = max(tally.max_time, event.time)
                tally.max_memory = max(tally.max_memory, event.memory)
                if event.verdict is Verdict.AC:
                    tally.scores[case.name] = event.score
                yield event
                if event.verdict is Verdict.JE:
                    stop = True
                elif event.verdict is not Verdict.AC and not options.run_all:
                    stop = problem.type is ProblemType.PASS_FAIL
                    skip_groups |= _groups_to_skip(problem, case)
        by_case = {case.name: verdict for case, verdict in zip(cases, tally.verdicts, strict=True)}
        yield result(problem_verdict(problem, by_case))
    finally:
        if validator is not None:
            validator.close()


def _groups_to_skip(problem: Problem, failed: TestCase) -> set[str]:
    """Groups whose remaining cases a failure ends: those along its path that break on reject."""
    names = set()
    for group in _path_to(problem, failed):
        if group.on_reject == "break":
            names.add(group.name)
    return names


def _path_to(problem: Problem, case: TestCase) -> list[TestGroup]:
    def walk(group: TestGroup, trail: list[TestGroup]) -> list[TestGroup] | None:
        trail = [*trail, group]
        if case in group.cases:
            return trail
        for child in group.children:
            found = walk(child, trail)
            if found is not None:
                return found
        return None

    return walk(problem.sample, []) or walk(problem.secret, []) or []


def _in_groups(case: TestCase, groups: set[str]) -> bool:
    return any(case.name.startswith(group + "/") for group in groups)


def _run_case(
    box: Box,
    argv: list[str],
    language: Language,
    case: TestCase,
    limits: Limits,
    time_limit: float,
    validator: OutputValidator | None,
    problem: Problem,
) -> TestResult:
    try:
        run = box.run(argv, limits=limits, stdin=case.input, env=language_env(language))
    except SandboxError as exc:
        return _case_event(case, Verdict.JE, None, feedback=f"sandbox failure: {exc}")
    verdict = run_verdict(run, time_limit, language)
    if verdict is not None:
        feedback = describe_exit(run) if verdict is Verdict.RTE else verdict.description
        return _case_event(case, verdict, run, feedback=feedback)
    try:
        check = _check(case, run.stdout, validator)
    except ValidatorError as exc:
        return _case_event(case, Verdict.JE, run, feedback=str(exc))
    verdict = Verdict.AC if check.accepted else Verdict.WA
    return _case_event(case, verdict, run, check=check)


def _check(case: TestCase, output: bytes, validator: OutputValidator | None) -> CheckResult:
    if validator is not None:
        return validator.check(case, output)
    return check_default(output, case.answer.read_bytes(), case.output_validator_args)


def _case_event(
    case: TestCase,
    verdict: Verdict,
    run: RunResult | None,
    *,
    feedback: str | None = None,
    check: CheckResult | None = None,
) -> TestResult:
    """A test event; what the user may see of the data depends on whether it is a sample."""
    sample_view = {}
    if case.sample:
        sample_view = {
            "input": _clip(case.input.read_bytes()),
            "expected": _clip(case.answer.read_bytes()),
            "actual": _clip(run.stdout) if run is not None else None,
        }
    if check is not None:
        feedback = check.message or None
    return TestResult(
        submission="",
        index=0,
        total=0,
        name=case.name,
        group=case.name.rsplit("/", 1)[0] if "/" in case.name else "",
        verdict=verdict,
        time=round(run.cpu_time, 4) if run else 0.0,
        wall_time=round(run.wall_time, 4) if run else 0.0,
        memory=run.memory if run else 0,
        sample=case.sample,
        score=check.score if check is not None else None,
        feedback=feedback if case.sample else _hidden_feedback(verdict),
        max_abs_error=check.max_abs_error if check is not None else None,
        max_rel_error=check.max_rel_error if check is not None else None,
        error_at=check.error_token_index if check is not None else None,
        **sample_view,
    )


def _hidden_feedback(verdict: Verdict) -> str | None:
    """Hidden tests say what went wrong, never what the data or the expected answer was."""
    return None if verdict is Verdict.AC else verdict.description


def _numbered(event: TestResult, sid: str, index: int, total: int) -> TestResult:
    return replace(event, submission=sid, index=index, total=total)


def _skipped(sid: str, index: int, total: int, case: TestCase) -> TestResult:
    return _numbered(_case_event(case, Verdict.SKIPPED, None), sid, index, total)


def _clip(data: bytes) -> str:
    text = data[:SAMPLE_TEXT_BYTES].decode(errors="replace")
    return text + ("\n…" if len(data) > SAMPLE_TEXT_BYTES else "")

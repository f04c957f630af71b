"""Checking a package against its own submissions: each must get the verdict it expects.

When problem.yaml sets no time limit, it is derived as Kattis tools do: the slowest accepted
submission's time times ``time_multipliers.ac_to_time_limit``, rounded up to a whole second.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jupyter_leetarxiv.core.judge import JudgeOptions, judge
from jupyter_leetarxiv.core.languages import Language, LanguageRegistry
from jupyter_leetarxiv.core.languages.probe import is_installed
from jupyter_leetarxiv.core.problem import Problem, Submission, SubmissionRule
from jupyter_leetarxiv.core.problem.globs import glob_matches
from jupyter_leetarxiv.core.problem.submissions import list_submissions
from jupyter_leetarxiv.core.summary import Summary
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.sandbox import Sandbox

PROBE_TIME_LIMIT = 10.0  # what accepted submissions get while the real limit is unknown


@dataclass(frozen=True)
class Verification:
    submission: Path
    language: str
    expected: tuple[str, ...]
    got: str  # a verdict, or "skipped"
    ok: bool
    time: float = 0.0
    score: float | None = None
    note: str = ""


def verify_problem(
    problem: Problem, registry: LanguageRegistry, sandbox: Sandbox
) -> Iterator[Verification]:
    submissions = list_submissions(problem)
    runnable: list[tuple[Submission, Language]] = []
    for submission in submissions:
        language, reason = _language_of(submission, registry)
        if language is None:
            yield Verification(
                submission.path,
                submission.language or "?",
                submission.expected,
                "skipped",
                ok=True,
                note=reason,
            )
        else:
            runnable.append((submission, language))
    accepted = [(s, lang) for s, lang in runnable if _defines_time_limit(s)]
    known: dict[Path, Summary] = {}
    time_limit = problem.limits.time_limit
    if not problem.limits.time_limit_from_yaml and accepted:
        for submission, language in accepted:
            known[submission.path] = _judge(
                problem, submission, language, registry, sandbox, PROBE_TIME_LIMIT
            )
        slowest = max(s.result.max_time for s in known.values() if s.result is not None)
        time_limit = float(max(1, math.ceil(slowest * problem.limits.time_multipliers_ac)))
    for submission, language in runnable:
        summary = known.get(submission.path) or _judge(
            problem, submission, language, registry, sandbox, time_limit
        )
        yield _compare(submission, language, summary, time_limit)


def _judge(
    problem: Problem,
    submission: Submission,
    language: Language,
    registry: LanguageRegistry,
    sandbox: Sandbox,
    time_limit: float,
) -> Summary:
    summary = Summary()
    options = JudgeOptions(
        submission_id=submission.path.name, filename=submission.path.name, time_limit=time_limit
    )
    source = submission.path.read_bytes()
    for event in judge(problem, language, source, sandbox, registry, options):
        summary.apply(event)
    return summary


def _compare(
    submission: Submission, language: Language, summary: Summary, time_limit: float
) -> Verification:
    result = summary.result
    assert result is not None
    failed = [rule for rule in submission.rules if not _satisfies(rule, summary)]
    note = f"time limit {time_limit:g} s"
    if failed and failed[0].message:
        note = failed[0].message
    elif result.verdict is Verdict.CE and summary.compiled is not None:
        note = (summary.compiled.output.strip().splitlines() or [note])[0][:100]
    return Verification(
        submission.path,
        language.id,
        tuple(v.value for v in submission.expected),
        result.verdict.value,
        ok=not failed,
        time=result.max_time,
        score=result.score,
        note=note,
    )


def _satisfies(rule: SubmissionRule, summary: Summary) -> bool:
    """Kattis semantics: every test verdict is permitted, one is required, the score in range,
    and the overall verdict is one the rule allows, if it limits that too."""
    assert summary.result is not None
    if rule.final is not None and summary.result.verdict not in rule.final:
        return False
    if summary.result.verdict is Verdict.CE:
        verdicts = [Verdict.CE]
    else:
        verdicts = [
            t.verdict
            for t in summary.tests
            if t.verdict is not Verdict.SKIPPED
            and (rule.cases is None or _in_scope(rule.cases, t.name))
        ]
    if not verdicts:
        return True
    verdicts = [_as_kattis(v, rule) for v in verdicts]
    if any(v not in rule.permitted for v in verdicts):
        return False
    if not any(v in rule.required for v in verdicts):
        return False
    if rule.score is not None and rule.cases is None:
        score = summary.result.score or 0.0
        low, high = rule.score
        return low - 1e-9 <= score <= high + 1e-9
    return True


def _as_kattis(verdict: Verdict, rule: SubmissionRule) -> Verdict:
    """Kattis has no MLE or OLE verdict: a program over its memory or output limit fails at run
    time, so where a rule does not name ours, they count as the RTE it does name."""
    if verdict in (Verdict.MLE, Verdict.OLE) and verdict not in rule.permitted:
        return Verdict.RTE
    return verdict


def _in_scope(pattern: str, case_name: str) -> bool:
    parts = case_name.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    return any(glob_matches(pattern, prefix) for prefix in prefixes)


def _defines_time_limit(submission: Submission) -> bool:
    """Accepted submissions set the time limit, unless submissions.yaml says otherwise."""
    flags = [rule.use_for_time_limit for rule in submission.rules]
    if any(flag is False for flag in flags):
        return False
    return (submission.expected == (Verdict.AC,) and submission.score_range is None) or any(
        flag in (True, "lower") for flag in flags
    )


def _language_of(submission: Submission, registry: LanguageRegistry) -> tuple[Language | None, str]:
    if submission.language is not None:
        try:
            language = registry.get(submission.language)
        except KeyError:
            return None, f"unknown language {submission.language!r}"
    elif _python2(submission.path):
        return None, "no language for Python 2 (its #! line names python2)"
    else:
        guessed = registry.for_file(submission.path.name)
        if guessed is None:
            return None, f"no language for {submission.path.suffix or 'a directory'}"
        language = guessed
    if not is_installed(language):
        return None, f"{language.id} toolchain not installed ({language.executable})"
    return language, ""


def _python2(path: Path) -> bool:
    """Legacy packages mark Python 2 submissions by their #! line, not their extension."""
    if path.suffix != ".py" or not path.is_file():
        return False
    with path.open("rb") as handle:
        first = handle.readline(200)
    return first.startswith(b"#!") and b"python2" in first

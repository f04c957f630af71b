"""The package's own example submissions and the verdicts each must get.

Expectations come from the directory a submission sits in (``accepted/``, ``wrong_answer/``,
...) and, in 2025-09, from ``submissions/submissions.yaml``, whose glob patterns can narrow
them, override a directory's defaults, or set a language and a score.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jupyter_leetarxiv.core.problem.documents import check_schema, read_yaml
from jupyter_leetarxiv.core.problem.formats import package_format
from jupyter_leetarxiv.core.problem.globs import glob_matches
from jupyter_leetarxiv.core.problem.layout import visible
from jupyter_leetarxiv.core.problem.model import Problem, ProblemError, Submission, SubmissionRule
from jupyter_leetarxiv.core.verdicts import Verdict

AC, WA, TLE, RTE, MLE, CE = (
    Verdict.AC,
    Verdict.WA,
    Verdict.TLE,
    Verdict.RTE,
    Verdict.MLE,
    Verdict.CE,
)
KATTIS_VERDICTS = frozenset({AC, WA, TLE, RTE})  # what permitted/required default to
SUBMISSIONS_FILE = "submissions.yaml"
_SUBMISSION_KEYS = {"language", "entrypoint", "authors", "model_solution"}
_RULE_KEYS = {"permitted", "required", "score", "message", "use_for_time_limit"}


def _rule(
    permitted: Iterable[Verdict],
    required: Iterable[Verdict],
    final: Iterable[Verdict] | None = None,
) -> SubmissionRule:
    return SubmissionRule(
        permitted=frozenset(permitted),
        required=frozenset(required),
        final=None if final is None else frozenset(final),
    )


# The spec's default directories; compile_error and memory_limit_exceeded are ours (Kattis
# folds both into other verdicts, our judge reports them).
DEFAULT_RULES_2025_09 = {
    "accepted": _rule({AC}, KATTIS_VERDICTS),
    "rejected": _rule(KATTIS_VERDICTS, {RTE, TLE, WA}),
    "wrong_answer": _rule({AC, WA}, {WA}),
    "time_limit_exceeded": _rule({AC, TLE}, {TLE}),
    "run_time_error": _rule({AC, RTE}, {RTE}),
    "brute_force": _rule({AC, RTE, TLE}, {RTE, TLE}),
    "compile_error": _rule({CE}, {CE}),
    "memory_limit_exceeded": _rule({AC, MLE}, {MLE}),
}
# Legacy (and 2023-07-draft) directories: the first failure decides, and the spec words each
# directory's allowance.
DEFAULT_RULES_LEGACY = {
    "accepted": _rule({AC}, KATTIS_VERDICTS),
    # Accepted overall, by the grader, though some cases fail: that is what lowers the score.
    "partially_accepted": _rule(KATTIS_VERDICTS, KATTIS_VERDICTS, final={AC}),
    "wrong_answer": _rule({AC, WA}, {WA}),
    "time_limit_exceeded": _rule({AC, WA, TLE}, {TLE}),
    "run_time_error": _rule(KATTIS_VERDICTS, {RTE}),
    "compile_error": _rule({CE}, {CE}),
    "memory_limit_exceeded": _rule({AC, MLE}, {MLE}),
}


def list_submissions(problem: Problem) -> list[Submission]:
    """Every file or directory in a subdirectory of submissions/, with its expectations."""
    directory = problem.root / "submissions"
    if not directory.is_dir():
        return []
    modern = package_format(problem.format_version).submissions_yaml
    defaults = dict(DEFAULT_RULES_2025_09 if modern else DEFAULT_RULES_LEGACY)
    config_path = directory / SUBMISSIONS_FILE
    config: dict[str, Any] = {}
    if modern and config_path.is_file():
        config = read_yaml(config_path)
        check_schema(config, "problem-submissions.schema.json", config_path)
        for name in set(config) & set(defaults):  # naming a default directory overrides it
            defaults[name] = _override(defaults[name], config.pop(name), config_path)
    out = []
    for category in sorted(p for p in directory.iterdir() if p.is_dir() and visible(p)):
        for path in sorted(p for p in category.iterdir() if visible(p)):
            relative = path.relative_to(directory).as_posix()
            entries = [entry for glob, entry in config.items() if glob_matches(glob, relative)]
            out.append(
                _submission(path, relative, defaults.get(category.name), entries, config_path)
            )
    return out


def _override(default: SubmissionRule, entry: dict[str, Any], path: Path) -> SubmissionRule:
    rule = _rule_from(entry, None, path)
    return SubmissionRule(
        permitted=rule.permitted if "permitted" in entry else default.permitted,
        required=rule.required if "required" in entry else default.required,
        score=rule.score,
        message=rule.message,
        use_for_time_limit=rule.use_for_time_limit,
        final=default.final,
    )


def _rule_from(entry: dict[str, Any], cases: str | None, path: Path) -> SubmissionRule:
    score = entry.get("score")
    if isinstance(score, list):
        low, high = float(score[0]), float(score[1])
        if low > high:
            raise ProblemError(path, f"score range {score} has its low end above its high end")
        score_range: tuple[float, float] | None = (low, high)
    else:
        score_range = None if score is None else (float(score), float(score))
    return SubmissionRule(
        permitted=frozenset(Verdict(v) for v in entry.get("permitted", KATTIS_VERDICTS)),
        required=frozenset(Verdict(v) for v in entry.get("required", KATTIS_VERDICTS)),
        cases=cases,
        score=score_range,
        message=entry.get("message"),
        use_for_time_limit=entry.get("use_for_time_limit"),
    )


def _submission(
    path: Path,
    relative: str,
    default: SubmissionRule | None,
    entries: list[dict[str, Any]],
    config_path: Path,
) -> Submission:
    rules = [default] if default is not None else []
    language = entrypoint = None
    for entry in entries:
        if _RULE_KEYS & set(entry):
            rules.append(_rule_from(entry, None, config_path))
        for key, value in entry.items():
            if key not in _RULE_KEYS | _SUBMISSION_KEYS:
                rules.append(_rule_from(value, key, config_path))
        language = entry.get("language", language)
        entrypoint = entry.get("entrypoint", entrypoint)
    expected = _final_verdicts(rules)
    if not expected:
        raise ProblemError(
            config_path,
            f"no verdict can satisfy every rule for {relative}: check its permitted and "
            "required lists against the directory's defaults",
        )
    exact = [rule.score for rule in rules if rule.cases is None and rule.score]
    return Submission(
        path=path,
        expected=expected,
        language=language,
        score=exact[0][0] if exact and exact[0][0] == exact[0][1] else None,
        rules=tuple(rules),
        entrypoint=entrypoint,
    )


def _final_verdicts(rules: list[SubmissionRule]) -> tuple[Verdict, ...]:
    """Final verdicts (first failure decides) that the whole-problem rules allow.

    AC is possible only if every rule permits it and none requires a failure; a failure must
    be permitted everywhere and, where a rule requires a failure, be one it requires.
    """
    whole = [rule for rule in rules if rule.cases is None]
    permitted = set(KATTIS_VERDICTS | {CE, MLE})
    for rule in whole:
        permitted &= rule.permitted if rule.final is None else rule.final
    failures = permitted - {AC}
    for rule in whole:
        if AC not in rule.required:
            failures &= rule.required
    accepted = AC in permitted and all(AC in rule.required for rule in whole)
    return tuple(v for v in Verdict if v in failures or (v is AC and accepted))

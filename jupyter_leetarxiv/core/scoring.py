"""How test scores and verdicts add up through groups.

A test case scores ``accept_score`` when accepted (or what a custom validator's score.txt says)
and 0 otherwise. A group aggregates its cases and subgroups by ``sum``, ``min`` or ``pass-fail``
(all accepted: the full sum, else 0). A group with ``max_score`` is scaled so that full marks
give exactly ``max_score``. Samples score nothing unless their group sets ``max_score``, or
when data/ says ``ignore_sample``.

The overall verdict is the first failure in judging order, except where testdata.yaml grades
(legacy, 2023-07-draft): there Kattis' default grader decides, group by group, so that a
partially accepted scoring submission (``accept_if_any_accepted``) is AC with a lower score.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from jupyter_leetarxiv.core.problem import Aggregation, Problem, TestGroup, VerdictMode
from jupyter_leetarxiv.core.verdicts import Verdict, first_failure

# The default grader's order for worst_error, gravest first (Kattis has no CE or SKIPPED here).
_GRAVITY = (Verdict.JE, Verdict.RTE, Verdict.MLE, Verdict.TLE, Verdict.OLE, Verdict.WA)


@dataclass(frozen=True)
class Score:
    value: float
    maximum: float


def group_score(group: TestGroup, case_scores: Mapping[str, float | None]) -> Score:
    """Score of a group from its accepted cases.

    ``case_scores`` holds the accepted cases only: the validator's score, or None for the
    group's ``accept_score``. A case that is absent was rejected (or never ran) and scores 0.
    """
    parts = [_case_score(group, c.name, case_scores) for c in group.cases]
    parts += [group_score(child, case_scores) for child in group.children]
    raw = _aggregate(group.aggregation, parts)
    if group.max_score is None:
        return raw
    if raw.maximum <= 0:
        return Score(0.0, group.max_score)
    return Score(group.max_score * raw.value / raw.maximum, group.max_score)


def _case_score(group: TestGroup, name: str, case_scores: Mapping[str, float | None]) -> Score:
    if name not in case_scores:
        return Score(0.0, group.accept_score)
    given = case_scores[name]
    return Score(group.accept_score if given is None else given, group.accept_score)


def _aggregate(how: Aggregation, parts: list[Score]) -> Score:
    if not parts:
        return Score(0.0, 0.0)
    if how is Aggregation.MIN:
        return min(parts, key=lambda s: s.value / s.maximum if s.maximum else 0.0)
    if how is Aggregation.MAX:
        return max(parts, key=lambda s: s.value)
    if how is Aggregation.AVG:
        return Score(
            sum(p.value for p in parts) / len(parts), sum(p.maximum for p in parts) / len(parts)
        )
    total = Score(sum(p.value for p in parts), sum(p.maximum for p in parts))
    if how is Aggregation.PASS_FAIL and any(p.value < p.maximum for p in parts):
        return Score(0.0, total.maximum)
    return total


def problem_score(problem: Problem, case_scores: Mapping[str, float | None]) -> Score:
    secret = group_score(problem.secret, case_scores)
    ignored = problem.data is not None and problem.data.ignore_sample
    if problem.sample.max_score is None or ignored:
        return secret
    sample = group_score(problem.sample, case_scores)
    return Score(secret.value + sample.value, secret.maximum + sample.maximum)


def problem_verdict(problem: Problem, verdicts: Mapping[str, Verdict]) -> Verdict:
    """The overall verdict from each judged case's (skipped cases are absent or SKIPPED).

    Where the grader has nothing to go on (a run of the samples only, which ``ignore_sample``
    hides), the first failure still tells the user what went wrong.
    """
    graded = None if problem.data is None else group_verdict(problem.data, verdicts)
    if graded is not None:
        return graded
    return first_failure([verdicts.get(case.name, Verdict.SKIPPED) for case in problem.cases()])


def group_verdict(group: TestGroup, verdicts: Mapping[str, Verdict]) -> Verdict | None:
    """Kattis' default grader on one group; None if nothing in it was judged.

    Its inputs are the verdicts of the group's judged cases, then of its subgroups, in order;
    ``ignore_sample`` drops the sample group's, ``accept_if_any_accepted`` makes one AC enough.
    """
    parts = [verdicts.get(case.name, Verdict.SKIPPED) for case in group.cases]
    children = [c for c in group.children if not (group.ignore_sample and c.name == "sample")]
    parts += [group_verdict(child, verdicts) or Verdict.SKIPPED for child in children]
    judged: list[Verdict] = [verdict for verdict in parts if verdict is not Verdict.SKIPPED]
    if not judged:
        return None
    if group.accept_if_any_accepted and Verdict.AC in judged:
        return Verdict.AC
    if group.verdict_mode is VerdictMode.ALWAYS_ACCEPT:
        return Verdict.AC
    if group.verdict_mode is VerdictMode.WORST_ERROR:
        return next((v for v in _GRAVITY if v in judged), first_failure(judged))
    return first_failure(judged)

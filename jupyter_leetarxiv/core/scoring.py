"""How test scores add up through groups (Kattis scoring problems).

A test case scores ``accept_score`` when accepted (or what a custom validator's score.txt says)
and 0 otherwise. A group aggregates its cases and subgroups by ``sum``, ``min`` or ``pass-fail``
(all accepted: the full sum, else 0). A group with ``max_score`` is scaled so that full marks
give exactly ``max_score``. Samples score nothing unless their group sets ``max_score``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from jupyter_leetarxiv.core.problem import Aggregation, Problem, TestGroup


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
    if problem.sample.max_score is None:
        return secret
    sample = group_score(problem.sample, case_scores)
    return Score(secret.value + sample.value, secret.maximum + sample.maximum)

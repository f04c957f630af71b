"""Scores of scoring problems: cases add up through groups by sum, min and pass-fail; and
verdicts, where testdata.yaml grades them, by Kattis' default grader."""

from __future__ import annotations

from pathlib import Path

import pytest

from jupyter_leetarxiv.core.problem import (
    Aggregation,
    OutputValidatorArgs,
    TestCase,
    TestGroup,
    VerdictMode,
)
from jupyter_leetarxiv.core.scoring import Score, group_score, group_verdict
from jupyter_leetarxiv.core.verdicts import Verdict

AC, WA, TLE, RTE, SKIPPED = Verdict.AC, Verdict.WA, Verdict.TLE, Verdict.RTE, Verdict.SKIPPED


def _cases(group: str, n: int) -> tuple[TestCase, ...]:
    return tuple(
        TestCase(
            name=f"{group}/{i}",
            input=Path(f"{i}.in"),
            answer=Path(f"{i}.ans"),
            sample=False,
            output_validator_args=OutputValidatorArgs(),
        )
        for i in range(n)
    )


def _group(name: str, how: Aggregation, max_score: float | None, n: int = 4) -> TestGroup:
    accept = (max_score or n) / n if how is not Aggregation.MIN else (max_score or 1.0)
    return TestGroup(
        name=name,
        cases=_cases(name, n),
        children=(),
        aggregation=how,
        max_score=max_score,
        accept_score=accept,
    )


@pytest.mark.parametrize(
    ("how", "accepted", "expected"),
    [
        (Aggregation.SUM, 4, 40.0),
        (Aggregation.SUM, 3, 30.0),
        (Aggregation.SUM, 0, 0.0),
        (Aggregation.MIN, 4, 40.0),
        (Aggregation.MIN, 3, 0.0),
        (Aggregation.PASS_FAIL, 4, 40.0),
        (Aggregation.PASS_FAIL, 3, 0.0),
    ],
)
def test_group_aggregation(how: Aggregation, accepted: int, expected: float) -> None:
    group = _group("secret/g", how, 40.0)
    scores: dict[str, float | None] = {f"secret/g/{i}": None for i in range(accepted)}
    assert group_score(group, scores) == Score(pytest.approx(expected), 40.0)  # type: ignore[arg-type]


def test_nested_groups_sum_their_children() -> None:
    first = _group("secret/a", Aggregation.SUM, 40.0)
    second = _group("secret/b", Aggregation.MIN, 60.0)
    secret = TestGroup(name="secret", cases=(), children=(first, second))
    scores: dict[str, float | None] = {f"secret/a/{i}": None for i in range(2)}
    scores |= {f"secret/b/{i}": None for i in range(4)}
    assert group_score(secret, scores) == Score(80.0, 100.0)


def test_validator_score_replaces_accept_score() -> None:
    group = _group("secret/g", Aggregation.SUM, None, n=2)
    assert group_score(group, {"secret/g/0": 0.25, "secret/g/1": None}).value == 1.25


@pytest.mark.parametrize(
    ("mode", "any_accepted", "verdicts", "expected"),
    [
        (VerdictMode.WORST_ERROR, False, [AC, WA, RTE, TLE], RTE),
        (VerdictMode.FIRST_ERROR, False, [AC, WA, RTE, TLE], WA),
        (VerdictMode.FIRST_ERROR, True, [WA, AC, RTE, TLE], AC),
        (VerdictMode.WORST_ERROR, True, [WA, RTE, TLE, TLE], RTE),
        (VerdictMode.ALWAYS_ACCEPT, False, [WA, RTE, TLE, TLE], AC),
        (VerdictMode.FIRST_ERROR, False, [AC, AC, SKIPPED, SKIPPED], AC),
        (VerdictMode.WORST_ERROR, False, [SKIPPED] * 4, None),
    ],
)
def test_default_grader_verdicts(
    mode: VerdictMode, any_accepted: bool, verdicts: list[Verdict], expected: Verdict | None
) -> None:
    group = TestGroup(
        name="secret",
        cases=_cases("secret", 4),
        children=(),
        verdict_mode=mode,
        accept_if_any_accepted=any_accepted,
    )
    by_case = {f"secret/{i}": verdict for i, verdict in enumerate(verdicts)}
    assert group_verdict(group, by_case) == expected


def test_ignore_sample_lets_only_secret_decide() -> None:
    """As oddecho: a failed sample is ignored, and secret accepts if any subtask does."""
    sample = TestGroup(name="sample", cases=_cases("sample", 1), children=())
    easy = TestGroup(name="secret/easy", cases=_cases("secret/easy", 2), children=())
    hard = TestGroup(name="secret/hard", cases=_cases("secret/hard", 2), children=())
    secret = TestGroup(
        name="secret",
        cases=(),
        children=(easy, hard),
        verdict_mode=VerdictMode.FIRST_ERROR,
        accept_if_any_accepted=True,
    )
    data = TestGroup(name=".", cases=(), children=(sample, secret), ignore_sample=True)
    verdicts = {"sample/0": WA, "secret/easy/0": AC, "secret/easy/1": AC}
    verdicts |= {"secret/hard/0": WA, "secret/hard/1": SKIPPED}
    assert group_verdict(data, verdicts) is AC
    assert group_verdict(hard, verdicts) is WA
    assert group_verdict(TestGroup(name=".", cases=(), children=(sample, secret)), verdicts) is WA

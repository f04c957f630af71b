"""What a checker (the default output validator or a custom one) says about one test's output."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CheckResult:
    """The judgement on one output, with enough detail for a student to find the mistake.

    The float fields let a UI show how far off numeric output was even when it was accepted:
    the largest absolute and relative error over the compared numbers, and at which token.
    """

    accepted: bool
    message: str
    score: float | None = None  # from a validator's score.txt; the default validator sets none
    max_abs_error: float | None = None
    max_rel_error: float | None = None  # None when every compared answer was 0
    error_token_index: int | None = None  # 0-based index of the first wrong token
    max_error_token_index: int | None = None  # 0-based index of the largest absolute error

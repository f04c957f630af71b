"""The Kattis default output validator: token-by-token comparison with optional float tolerance.

It follows the 2025-09 specification and makes the same choices as problemtools' reference
validator where the specification leaves room:

- numbers are read with the specification's decimal grammar (``[+-]digits.digits[eE][+-]digits``);
  a judge token that does not parse, or that is ``nan``/``inf`` or overflows to infinity, is
  compared as a string, as problemtools does. Hexadecimal floats are not numbers here, although
  problemtools' ``sscanf`` would read them: the specification says numbers are written in decimal.
- a team token must parse as a number wherever the judge token is one (so ``inf`` never
  matches a finite answer);
- without a tolerance, numbers are strings: ``1.0`` does not match ``1``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from jupyter_leetarxiv.core.checkers.result import CheckResult
from jupyter_leetarxiv.core.problem.model import OutputValidatorArgs

_TOKEN = re.compile(rb"[^ \t\n\v\f\r]+")  # the specification's six whitespace bytes separate
_FLOAT = re.compile(rb"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_SHOWN = 30  # longer tokens are cut in messages: a missing space can make one huge token


def check_default(team: bytes, answer: bytes, args: OutputValidatorArgs) -> CheckResult:
    """Compare a program's output with the answer file under the default validator's flags."""
    errors = _FloatErrors(args)
    expected_tokens = list(_TOKEN.finditer(answer))
    team_tokens = list(_TOKEN.finditer(team))
    answer_end = team_end = 0
    for index, expected in enumerate(expected_tokens):
        actual = team_tokens[index] if index < len(team_tokens) else None
        if args.space_change_sensitive:
            want = answer[answer_end : expected.start()]
            got = team[team_end : actual.start() if actual else len(team)]
            if want != got:
                where = f"before token {index + 1}, line {_line(team, team_end)}"
                return errors.result(False, _space_message(where, want, got), index)
        if actual is None:
            return errors.result(False, _missing_message(team, team_tokens, expected_tokens), index)
        problem = _compare(expected.group(), actual.group(), index, errors)
        if problem is not None:
            where = f"token {index + 1}, line {_line(team, actual.start())}"
            return errors.result(False, f"{where}: {problem}", index)
        answer_end, team_end = expected.end(), actual.end()
    if len(team_tokens) > len(expected_tokens):
        extra = team_tokens[len(expected_tokens)]
        message = (
            f"extra output after the {len(expected_tokens)} expected tokens, starting with "
            f"{_show(extra.group())} on line {_line(team, extra.start())}"
        )
        return errors.result(False, message, len(expected_tokens))
    if args.space_change_sensitive and answer[answer_end:] != team[team_end:]:
        message = _space_message("at the end of the output", answer[answer_end:], team[team_end:])
        return errors.result(False, message, len(expected_tokens))
    return errors.result(True, errors.summary(len(expected_tokens)), None)


def parse_float(token: bytes) -> float | None:
    """The token's value if it is a finite number in the specification's decimal grammar."""
    if _FLOAT.fullmatch(token) is None:
        return None
    value = float(token)
    return value if math.isfinite(value) else None


@dataclass
class _FloatErrors:
    """The largest errors seen so far, and whether one number is within tolerance."""

    args: OutputValidatorArgs
    max_abs: float | None = None
    max_rel: float | None = None
    max_index: int | None = None

    def compare(self, expected: float, actual: float, index: int) -> str | None:
        absolute = abs(expected - actual)
        relative = absolute / abs(expected) if expected != 0 else None
        if self.max_abs is None or absolute > self.max_abs:
            self.max_abs, self.max_index = absolute, index
        if relative is not None and (self.max_rel is None or relative > self.max_rel):
            self.max_rel = relative
        abs_tol = self.args.float_absolute_tolerance
        rel_tol = self.args.float_relative_tolerance
        if abs_tol is not None and absolute <= abs_tol:
            return None
        if rel_tol is not None and absolute <= rel_tol * abs(expected):
            return None
        parts = []
        if abs_tol is not None:
            parts.append(f"absolute error {absolute:.3g} > tolerance {abs_tol:g}")
        if rel_tol is not None:
            rel = "undefined (the answer is 0)" if relative is None else f"{relative:.3g}"
            parts.append(f"relative error {rel} > tolerance {rel_tol:g}")
        return "; ".join(parts)

    def summary(self, tokens: int) -> str:
        text = f"accepted: {tokens} tokens match"
        if self.max_abs is not None:
            text += f"; largest absolute error {self.max_abs:.3g}"
        if self.max_rel is not None:
            text += f", largest relative error {self.max_rel:.3g}"
        return text

    def result(self, accepted: bool, message: str, index: int | None) -> CheckResult:
        return CheckResult(
            accepted=accepted,
            message=message,
            max_abs_error=self.max_abs,
            max_rel_error=self.max_rel,
            error_token_index=index,
            max_error_token_index=self.max_index,
        )


def _compare(expected: bytes, actual: bytes, index: int, errors: _FloatErrors) -> str | None:
    """Why ``actual`` does not match ``expected``, or None if it does."""
    args = errors.args
    expected_value = parse_float(expected) if args.checks_floats else None
    if expected_value is not None:
        actual_value = parse_float(actual)
        if actual_value is None:
            return f"expected a number like {_show(expected)}, got {_show(actual)}"
        problem = errors.compare(expected_value, actual_value, index)
        return (
            None
            if problem is None
            else f"expected {_show(expected)}, got {_show(actual)}: {problem}"
        )
    same = expected == actual if args.case_sensitive else expected.lower() == actual.lower()
    return None if same else f"expected {_show(expected)}, got {_show(actual)}"


def _missing_message(
    team: bytes, team_tokens: list[re.Match[bytes]], expected: list[re.Match[bytes]]
) -> str:
    following = _show(expected[len(team_tokens)].group())
    if not team_tokens:
        what = "the output is empty" if not team else "the output has only whitespace"
        return f"{what}; expected {len(expected)} tokens, starting with {following}"
    return (
        f"the output ended after {len(team_tokens)} tokens, expected {len(expected)}; "
        f"the next expected token is {following}"
    )


def _space_message(where: str, want: bytes, got: bytes) -> str:
    return f"whitespace {where}: expected {want.decode('ascii')!r}, got {got.decode('ascii')!r}"


def _line(text: bytes, position: int) -> int:
    return text.count(b"\n", 0, position) + 1


def _show(token: bytes) -> str:
    text = token.decode("utf-8", errors="replace")
    if len(text) > _SHOWN + 5:
        text = text[:_SHOWN] + "..."
    return repr(text)

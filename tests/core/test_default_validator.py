"""The default output validator against the Kattis semantics, one behaviour per table row."""

from __future__ import annotations

from pathlib import Path

import pytest

from jupyter_leetarxiv.core.checkers import CheckResult, check_default
from jupyter_leetarxiv.core.problem.model import OutputValidatorArgs
from jupyter_leetarxiv.core.problem.validator_args import parse_validator_args


def check(team: bytes, answer: bytes, *flags: str) -> CheckResult:
    args = parse_validator_args(flags, path=Path("test_group.yaml"), default_validator=True)
    return check_default(team, answer, args)


@pytest.mark.parametrize(
    ("team", "answer", "flags", "accepted"),
    [
        # tokens and whitespace
        (b"1 2 3\n", b"1 2 3\n", (), True),
        (b"1\n2\t3", b"1 2 3\n", (), True),
        (b"  1 2 3  \n\n", b"1 2 3", (), True),
        (b"1\r\n2\f3\v", b"1 2 3", (), True),
        (b"", b"", (), True),
        (b"\n", b"", (), True),
        (b"1 2", b"1 2 3", (), False),
        (b"1 2 3 4", b"1 2 3", (), False),
        (b"12 3", b"1 2 3", (), False),
        # case
        (b"YES", b"yes", (), True),
        (b"YES", b"yes", ("case_sensitive",), False),
        (b"yes", b"yes", ("case_sensitive",), True),
        (b"\xc3\x89T\xc3\x89", b"\xc3\xa9t\xc3\xa9", (), False),  # only ASCII letters fold
        # space_change_sensitive
        (b"1 2\n", b"1 2\n", ("space_change_sensitive",), True),
        (b"1  2\n", b"1 2\n", ("space_change_sensitive",), False),
        (b"1 2", b"1 2\n", ("space_change_sensitive",), False),
        (b" 1 2\n", b"1 2\n", ("space_change_sensitive",), False),
        (b"1\n2\n", b"1 2\n", ("space_change_sensitive",), False),
        # without a tolerance numbers are strings
        (b"1.0", b"1", (), False),
        (b"1.5", b"1.5", (), True),
        (b"-0", b"0", (), False),
        # float tolerance: absolute OR relative
        (b"1.0000005", b"1", ("float_tolerance", "1e-6"), True),
        (b"1.00001", b"1", ("float_tolerance", "1e-6"), False),
        (b"1000000.5", b"1000000", ("float_relative_tolerance", "1e-6"), True),
        (b"1000000.5", b"1000000", ("float_absolute_tolerance", "1e-6"), False),
        (b"0.0000015", b"0.000001", ("float_absolute_tolerance", "1e-6"), True),
        (b"0.0000015", b"0.000001", ("float_relative_tolerance", "1e-6"), False),
        (
            b"0.0000015",
            b"0.000001",
            ("float_absolute_tolerance", "1e-9", "float_relative_tolerance", "0.6"),
            True,
        ),
        (b"2", b"1", ("float_tolerance", "0"), False),
        (b"1", b"1", ("float_tolerance", "0"), True),
        # number syntax: exponents, signs, leading and trailing dots
        (b"3.14000000e-2", b"0.0314", ("float_tolerance", "1e-9"), True),
        (b"1E5", b"100000", ("float_tolerance", "1e-9"), True),
        (b"1e+5", b"1e5", ("float_tolerance", "1e-9"), True),
        (b"+1", b"1", ("float_tolerance", "1e-9"), True),
        (b"-0", b"0", ("float_tolerance", "1e-9"), True),
        (b"-0.0", b"+0", ("float_tolerance", "1e-9"), True),
        (b".5", b"0.5", ("float_tolerance", "1e-9"), True),
        (b"5.", b"5", ("float_tolerance", "1e-9"), True),
        (b"0x10", b"16", ("float_tolerance", "1e-9"), False),  # the spec's numbers are decimal
        (b"0x1p4", b"16", ("float_tolerance", "1e-9"), False),
        (b"1e", b"1", ("float_tolerance", "1e-9"), False),
        (b"1,5", b"1.5", ("float_tolerance", "1e-9"), False),
        # nan and inf: not numbers, as in problemtools; a judge nan/inf is compared as a string
        (b"nan", b"1", ("float_tolerance", "1e-6"), False),
        (b"inf", b"1e308", ("float_tolerance", "1e-6"), False),
        (b"1e999", b"1e308", ("float_tolerance", "1e-6"), False),
        (b"NaN", b"nan", ("float_tolerance", "1e-6"), True),
        (b"inf", b"inf", ("float_tolerance", "1e-6"), True),
        (b"-inf", b"inf", ("float_tolerance", "1e-6"), False),
        (b"Infinity", b"inf", ("float_tolerance", "1e-6"), False),
        # a non-numeric judge token stays a string token under a tolerance
        (b"abc 1.0000001", b"ABC 1", ("float_tolerance", "1e-6"), True),
        (b"abd 1", b"abc 1", ("float_tolerance", "1e-6"), False),
        (b"x", b"1.5", ("float_tolerance", "1e-6"), False),
    ],
)
def test_verdicts(team: bytes, answer: bytes, flags: tuple[str, ...], accepted: bool) -> None:
    assert check(team, answer, *flags).accepted is accepted


@pytest.mark.parametrize(
    ("team", "answer", "flags", "message", "index"),
    [
        (b"1 1.7", b"1 1.5", (), "token 2, line 1: expected '1.5', got '1.7'", 1),
        (b"1\n2\nX", b"1 2 3", (), "token 3, line 3: expected '3', got 'X'", 2),
        (b"", b"1 2", (), "the output is empty; expected 2 tokens, starting with '1'", 0),
        (b" \n", b"1 2", (), "the output has only whitespace", 0),
        (b"1", b"1 2", (), "ended after 1 tokens, expected 2; the next expected token is '2'", 1),
        (b"1 2\n3", b"1 2", (), "extra output after the 2 expected tokens, starting with '3'", 2),
        (b"x", b"1.5", ("float_tolerance", "1e-6"), "expected a number like '1.5', got 'x'", 0),
        (b"1  2", b"1 2", ("space_change_sensitive",), "expected ' ', got '  '", 1),
        (b"1 2", b"1 2\n", ("space_change_sensitive",), "at the end of the output", 2),
        (b"a" * 100, b"b", (), "got '" + "a" * 30 + "...'", 0),
    ],
)
def test_messages(
    team: bytes, answer: bytes, flags: tuple[str, ...], message: str, index: int
) -> None:
    result = check(team, answer, *flags)
    assert not result.accepted
    assert message in result.message
    assert result.error_token_index == index


def test_float_errors_report_the_largest_and_where() -> None:
    result = check(b"1.001 2 3.01 word", b"1 2 3 word", "float_tolerance", "0.1")
    assert result.accepted
    assert result.max_abs_error == pytest.approx(0.01)
    assert result.max_rel_error == pytest.approx(0.01 / 3)
    assert result.max_error_token_index == 2
    assert result.error_token_index is None
    assert "largest absolute error 0.01" in result.message


def test_float_rejection_explains_both_tolerances() -> None:
    result = check(b"1.7", b"1.5", "float_tolerance", "1e-6")
    assert not result.accepted
    assert "absolute error 0.2 > tolerance 1e-06" in result.message
    assert "relative error 0.133 > tolerance 1e-06" in result.message
    assert result.max_abs_error == pytest.approx(0.2)


def test_relative_error_is_undefined_against_zero() -> None:
    result = check(b"0.5", b"0", "float_relative_tolerance", "1e-6")
    assert not result.accepted
    assert "undefined (the answer is 0)" in result.message
    assert result.max_rel_error is None


def test_no_float_fields_without_tolerance() -> None:
    result = check_default(b"1.0", b"1.0", OutputValidatorArgs())
    assert result.accepted
    assert result.max_abs_error is None and result.score is None

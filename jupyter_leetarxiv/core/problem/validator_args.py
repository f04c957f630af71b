"""Turning ``output_validator_args`` (2025-09 list, legacy flag string) into OutputValidatorArgs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from jupyter_leetarxiv.core.problem.model import OutputValidatorArgs, ProblemError

_TOLERANCES = ("float_tolerance", "float_absolute_tolerance", "float_relative_tolerance")


def parse_validator_args(
    args: Sequence[str], *, path: Path, default_validator: bool
) -> OutputValidatorArgs:
    """Read the default validator's flags out of ``args``; keep everything in ``raw``.

    With the default validator a malformed or unknown flag is the package's mistake and raises
    at load time, as problemtools' validator would judge-error on every run. With a custom
    validator the same words may mean something else, so anything unparsable goes to ``extra``.
    """
    case_sensitive = space_change_sensitive = False
    tolerances: dict[str, float] = {}
    extra: list[str] = []
    position = 0
    while position < len(args):
        flag = args[position]
        if flag == "case_sensitive":
            case_sensitive = True
        elif flag == "space_change_sensitive":
            space_change_sensitive = True
        elif flag in _TOLERANCES and (value := _number_at(args, position + 1)) is not None:
            if default_validator:
                _check_not_repeated(flag, tolerances, path)
            tolerances[flag] = value
            position += 1
        elif default_validator:
            raise ProblemError(path, _unknown_flag_message(args, position))
        else:
            extra.append(flag)
        position += 1
    absolute = tolerances.get("float_absolute_tolerance", tolerances.get("float_tolerance"))
    relative = tolerances.get("float_relative_tolerance", tolerances.get("float_tolerance"))
    return OutputValidatorArgs(
        case_sensitive=case_sensitive,
        space_change_sensitive=space_change_sensitive,
        float_absolute_tolerance=absolute,
        float_relative_tolerance=relative,
        extra=tuple(extra),
        raw=tuple(args),
    )


def _number_at(args: Sequence[str], position: int) -> float | None:
    if position >= len(args):
        return None
    try:
        value = float(args[position])
    except ValueError:
        return None
    return value if value >= 0 and value != float("inf") else None


def _check_not_repeated(flag: str, seen: dict[str, float], path: Path) -> None:
    """The 2025-09 spec forbids repeating a tolerance or mixing float_tolerance with the others."""
    if flag in seen or "float_tolerance" in seen or (flag == "float_tolerance" and seen):
        given = ", ".join([*seen, flag])
        raise ProblemError(
            path,
            f"output_validator_args set float tolerances more than once ({given}): give either "
            "float_tolerance, or float_absolute_tolerance and/or float_relative_tolerance, once",
        )


def _unknown_flag_message(args: Sequence[str], position: int) -> str:
    flag = args[position]
    if flag in _TOLERANCES:
        got = repr(args[position + 1]) if position + 1 < len(args) else "nothing"
        return (
            f"output_validator_args: {flag} must be followed by a non-negative number, got {got} "
            f"(write e.g. [{flag}, '1e-6'])"
        )
    return (
        f"output_validator_args: the default output validator does not know {flag!r}; it takes "
        "case_sensitive, space_change_sensitive, float_tolerance E, float_absolute_tolerance E, "
        "float_relative_tolerance E (add an output_validator/ for other flags)"
    )

"""Reading a package's YAML files and checking their structure against the JSON Schemas.

Every failure becomes a ProblemError naming the file, the line (for YAML syntax) or the field
path (for structure), so an author can go straight to the mistake.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from jupyter_leetarxiv.core.problem.model import ProblemError
from jupyter_leetarxiv.core.schemas import remembered_error
from jupyter_leetarxiv.core.yaml_text import parse_yaml

if TYPE_CHECKING:
    from jsonschema import ValidationError

_TYPE_WORDS = {
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "array": "a list",
    "object": "a map",
    "boolean": "true or false",
}


def read_yaml(path: Path) -> Any:
    """The parsed document; an empty file is an empty mapping, as Kattis tools treat it."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ProblemError(path, f"is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    try:
        data = parse_yaml(text)
    except yaml.YAMLError as exc:
        raise ProblemError(path, _yaml_message(exc)) from exc
    return {} if data is None else data


def _yaml_message(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is None:
        return f"is not valid YAML: {problem}"
    return f"is not valid YAML: line {mark.line + 1}, column {mark.column + 1}: {problem}"


def check_schema(data: Any, schema_name: str, path: Path) -> None:
    """Raise a ProblemError for the most relevant violation of the named schema, if any."""
    error = remembered_error(schema_name, data)
    if error is not None:
        raise ProblemError(path, schema_error_message(error))


def field_path(parts: list[str | int]) -> str:
    """``limits.memory``, ``source[1].url``: the path a YAML author would recognise."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def schema_error_message(error: ValidationError) -> str:
    """Say which field is wrong and what it should be, using the schema's description."""
    where = field_path(list(error.absolute_path))
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(schema.get("properties", {}))
        unknown = sorted(set(error.instance) - set(allowed))
        inside = f" in {where}" if where else ""
        return (
            f"unknown key {', '.join(map(repr, unknown))}{inside}; known keys: {', '.join(allowed)}"
        )
    if error.validator == "required":
        inside = f" in {where}" if where else ""
        return f"missing required key {error.message.split(' is a required')[0]}{inside}"
    description = _description(error)
    if description is None and error.validator == "type":
        kinds = (
            error.validator_value
            if isinstance(error.validator_value, list)
            else [error.validator_value]
        )
        description = " or ".join(_TYPE_WORDS.get(str(kind), str(kind)) for kind in kinds)
    if description and where:
        return f"{where} must be {description}, got {error.instance!r}"
    return f"{where}: {error.message}" if where else error.message


def _description(error: ValidationError) -> str | None:
    """The description of the outermost schema for the failing field.

    best_match descends into ``oneOf`` branches, whose own schemas (``type: string``) say
    less than the field's schema ("a string, or a map of language code to string").
    """
    found: str | None = None
    current: Any = error
    while current is not None:
        schema = current.schema if isinstance(current.schema, Mapping) else {}
        if current.absolute_path == error.absolute_path and "description" in schema:
            found = str(schema["description"])
        current = current.parent
    return found

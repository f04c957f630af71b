"""The project's JSON Schemas (core/schema/*.json), and checking documents against them.

jsonschema is imported only when a document is checked, and a language or problem file that
passed once is not checked again: `leetarxiv judge` starts in a fraction of the time. The cost is
jsonschema's format module, which imports the IRI grammars of ``rfc3987_syntax`` whenever that
package is installed (Jupyter's own dependencies install it): about 0.8 s of CPU on every start,
more than the judging of a small submission.

A document is remembered as valid by a digest of the schema's text and of the parsed document
(its ``repr``, which tells a date from a string of the same text), as an empty file under the
cache directory. A different file, or the same file under a changed schema, is checked afresh; a
deleted cache only costs the time of checking again.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jupyter_leetarxiv.user_cache import cache_root

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError


@cache
def schema_text(name: str) -> str:
    """The text of one schema file of core/schema/, e.g. ``language.schema.json``."""
    return (resources.files("jupyter_leetarxiv.core") / "schema" / name).read_text()


@cache
def validator(name: str) -> Draft202012Validator:
    """A checked validator for one schema (a broken schema is our bug: it raises at once)."""
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_text(name))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def first_error(name: str, document: Any) -> ValidationError | None:
    """The most relevant violation of the named schema (jsonschema's best_match), or None."""
    from jsonschema.exceptions import best_match

    error: ValidationError | None = best_match(validator(name).iter_errors(document))
    return error


def remembered_error(name: str, document: Any) -> ValidationError | None:
    """As first_error, for documents read from files: one that passed before is not checked."""
    mark = _valid_dir() / _digest(name, document)
    if mark.is_file():
        return None
    error = first_error(name, document)
    if error is None:
        _remember(mark)
    return error


def _digest(name: str, document: Any) -> str:
    hasher = hashlib.sha256(schema_text(name).encode())
    hasher.update(b"\0")
    hasher.update(repr(document).encode())
    return hasher.hexdigest()


def _valid_dir() -> Path:
    return cache_root() / "valid"


def _remember(mark: Path) -> None:
    """Best effort: a cache that cannot be written means checking again next time, no more."""
    try:
        mark.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        mark.touch()
    except OSError:
        pass

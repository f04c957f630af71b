"""Parsing the YAML of language and problem files, with libyaml's parser where PyYAML has it.

The pure-Python parser takes about a millisecond per small file; every `leetarxiv judge` reads
all the language files, so it was a sizeable part of a judging of a small submission. Both are
safe loaders, and both raise yaml.YAMLError with the line and column of a syntax error.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """The document in ``text``, as yaml.safe_load gives it."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 -- a safe loader, C or Python

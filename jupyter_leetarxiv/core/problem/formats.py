"""The format versions a package may be written in, and what each one decides.

Three versions are read. ``legacy`` (also ``legacy-icpc``, or no version at all) is what most
archives hold; ``2025-09`` is the current spec. ``2023-07-draft`` sits between them, as Kattis
problemtools reads it: problem.yaml and the directory names of 2025-09 (name maps, type lists,
``limits.time_multipliers``, ``statement/``, ``output_validator/``), but the test data and example
submissions of legacy (``testdata.yaml`` with its grading keys in data/, submission directories
without ``submissions.yaml``). Keeping these choices in one table means the loader asks what a
format does instead of which format it is, so a fourth version is a new row, not new branches.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

FORMAT_2025_09 = "2025-09"
FORMAT_2023_07_DRAFT = "2023-07-draft"
FORMAT_LEGACY = "legacy"


@dataclass(frozen=True)
class PackageFormat:
    version: str  # what Problem.format_version reports
    schema: str  # the JSON Schema of its problem.yaml, in core/schema/
    new_style_yaml: bool  # name maps, type lists, time_multipliers; no ``validation`` key
    statement_directory: str
    output_validator_directory: str
    validator_is_directory: bool  # the directory is the program (legacy: it holds the program)
    test_group_yaml: bool  # test_group.yaml (2025-09); otherwise testdata.yaml, legacy-style
    submissions_yaml: bool  # submissions/submissions.yaml can refine the directories' verdicts


LEGACY = PackageFormat(
    version=FORMAT_LEGACY,
    schema="problem-legacy.schema.json",
    new_style_yaml=False,
    statement_directory="problem_statement",
    output_validator_directory="output_validators",
    validator_is_directory=False,
    test_group_yaml=False,
    submissions_yaml=False,
)
SPEC_2025_09 = PackageFormat(
    version=FORMAT_2025_09,
    schema="problem-2025-09.schema.json",
    new_style_yaml=True,
    statement_directory="statement",
    output_validator_directory="output_validator",
    validator_is_directory=True,
    test_group_yaml=True,
    submissions_yaml=True,
)
# 2025-09's problem.yaml and directories, legacy's test data and submissions.
DRAFT_2023_07 = replace(
    SPEC_2025_09,
    version=FORMAT_2023_07_DRAFT,
    schema="problem-2023-07-draft.schema.json",
    test_group_yaml=LEGACY.test_group_yaml,
    submissions_yaml=LEGACY.submissions_yaml,
)

# problem_format_version as written (None: the key is absent) -> the format it names.
_BY_NAME: dict[str | None, PackageFormat] = {
    None: LEGACY,
    FORMAT_LEGACY: LEGACY,
    "legacy-icpc": LEGACY,
    FORMAT_2023_07_DRAFT: DRAFT_2023_07,
    FORMAT_2025_09: SPEC_2025_09,
}


def format_named(version: object) -> PackageFormat | None:
    """The format a ``problem_format_version`` value names, or None if it is not one we read."""
    return _BY_NAME.get(version) if version is None or isinstance(version, str) else None


def package_format(version: str) -> PackageFormat:
    """The format of a loaded problem, from its ``Problem.format_version``."""
    found = format_named(version)
    if found is None:
        raise ValueError(f"unknown package format version {version!r}")
    return found

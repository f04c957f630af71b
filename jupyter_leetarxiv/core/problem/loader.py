"""load_problem: a package directory (2025-09, 2023-07-draft or legacy) to a checked Problem."""

from __future__ import annotations

from pathlib import Path

from jupyter_leetarxiv.core.problem import layout
from jupyter_leetarxiv.core.problem.formats import PackageFormat, package_format
from jupyter_leetarxiv.core.problem.metadata import Metadata, read_metadata
from jupyter_leetarxiv.core.problem.model import (
    OutputValidatorArgs,
    Problem,
    ProblemError,
    TestGroup,
)
from jupyter_leetarxiv.core.problem.testdata import build_legacy, build_modern
from jupyter_leetarxiv.core.problem.validator_args import parse_validator_args
from jupyter_leetarxiv.core.problem.version import content_version


def load_problem(path: Path) -> Problem:
    """Read and check a whole package; a broken one raises ProblemError naming the file."""
    root = path.resolve()
    if not root.is_dir():
        raise ProblemError(path, "is not a directory: a problem package is a directory")
    problem_yaml = root / "problem.yaml"
    meta = read_metadata(problem_yaml)
    fmt = package_format(meta.format_version)
    validator = _output_validator(root, fmt, meta)
    data = root / "data"
    sample, secret, graded = _test_data(data, fmt, meta, custom_validator=validator is not None)

    statements = layout.statements(root, fmt)
    statement = statements.get("en") or next(iter(statements.values()), None)
    names = dict(meta.names)
    if not names and statement is not None:
        title = layout.name_from_statement(statement)
        names = {"en": title} if title else {}

    return Problem(
        root=root,
        id=root.name,
        name=names.get("en") or next(iter(names.values()), root.name),
        format_version=meta.format_version,
        type=meta.type,
        limits=meta.limits,
        sample=sample,
        secret=secret,
        output_validator=validator,
        output_validator_args=_problem_wide_args(meta.validator_flags, problem_yaml, validator),
        includes=layout.includes(root),
        source=meta.sources[0] if meta.sources else None,
        sources=meta.sources,
        keywords=meta.keywords,
        uuid=meta.uuid,
        statement=statement,
        excerpt=layout.excerpt(root, fmt),
        interactive=meta.interactive,
        multi_pass=meta.multi_pass,
        version=content_version(root, [problem_yaml, data, validator]),
        names=names,
        input_validators=layout.input_validators(root),
        custom_score=meta.custom_score,
        data=graded,
    )


def _output_validator(root: Path, fmt: PackageFormat, meta: Metadata) -> Path | None:
    """The custom validator to use, None for the default one; one the problem needs must exist."""
    validator = layout.output_validator(root, fmt)
    if not fmt.new_style_yaml and not meta.custom_validation:
        validator = None  # legacy ``validation: default`` ignores output_validators/
    needs_validator = meta.interactive or meta.multi_pass or meta.custom_validation
    if needs_validator and validator is None:
        where = root / fmt.output_validator_directory
        kind = "interactive" if meta.interactive else "multi-pass" if meta.multi_pass else "custom"
        raise ProblemError(where, f"not found: a {kind} problem needs its validator program here")
    return validator


def _test_data(
    data: Path, fmt: PackageFormat, meta: Metadata, *, custom_validator: bool
) -> tuple[TestGroup, TestGroup, TestGroup | None]:
    """``(sample, secret, data)``; data/ is a group only where testdata.yaml grades verdicts."""
    if not data.is_dir():
        raise ProblemError(data, "not found: put test cases in data/sample/ and data/secret/")
    if fmt.test_group_yaml:
        sample, secret = build_modern(data, meta, custom_validator=custom_validator)
        return sample, secret, None
    graded = build_legacy(data, meta, custom_validator=custom_validator)
    sample, secret = graded.children
    return sample, secret, graded


def _problem_wide_args(
    flags: tuple[str, ...], problem_yaml: Path, validator: Path | None
) -> OutputValidatorArgs:
    return parse_validator_args(flags, path=problem_yaml, default_validator=validator is None)

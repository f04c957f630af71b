"""problem.yaml in any format version, read into one shape (names, type, limits, sources, flags)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jupyter_leetarxiv.core.problem.documents import check_schema, read_yaml
from jupyter_leetarxiv.core.problem.formats import FORMAT_LEGACY, PackageFormat, format_named
from jupyter_leetarxiv.core.problem.model import (
    KIB,
    MIB,
    Limits,
    PaperSource,
    ProblemError,
    ProblemType,
)


@dataclass(frozen=True)
class Metadata:
    format_version: str
    names: dict[str, str]
    type: ProblemType
    limits: Limits
    interactive: bool = False
    multi_pass: bool = False
    sources: tuple[PaperSource, ...] = ()
    keywords: tuple[str, ...] = ()
    uuid: str | None = None
    custom_validation: bool = False  # legacy ``validation: custom``; newer formats: the directory
    custom_score: bool = False
    validator_flags: tuple[str, ...] = ()  # legacy ``validator_flags``, applies to every case
    legacy_grading: dict[str, Any] = field(default_factory=dict)


def read_metadata(path: Path) -> Metadata:
    """Parse and check problem.yaml; the format version decides which schema applies."""
    if not path.is_file():
        raise ProblemError(
            path,
            "not found: every problem package needs a problem.yaml at its root (at least "
            "'problem_format_version: 2025-09' and 'name: ...')",
        )
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ProblemError(path, f"must be a YAML mapping of keys, got {type(data).__name__}")
    version = data.get("problem_format_version")
    package_format = format_named(version)
    if package_format is None:
        raise ProblemError(
            path,
            f"problem_format_version {version!r} is not supported: use '2025-09', "
            "'2023-07-draft' or 'legacy' (quote it if YAML reads it as a date)",
        )
    check_schema(data, package_format.schema, path)
    if package_format.new_style_yaml:
        return _modern(data, path, package_format)
    return _legacy(data)


def _modern(data: dict[str, Any], path: Path, package_format: PackageFormat) -> Metadata:
    raw_types = data.get("type", "pass-fail")
    types = {raw_types} if isinstance(raw_types, str) else set(raw_types)
    if {"pass-fail", "scoring"} <= types:
        raise ProblemError(path, "type: pass-fail and scoring cannot be combined")
    if "submit-answer" in types:
        raise ProblemError(
            path, "type: submit-answer problems are not supported here (submissions are programs)"
        )
    name = data["name"]
    names = {"en": name} if isinstance(name, str) else dict(name)
    raw_sources = data.get("source", [])
    entries = raw_sources if isinstance(raw_sources, list) else [raw_sources]
    return Metadata(
        format_version=package_format.version,
        names=names,
        type=ProblemType.SCORING if "scoring" in types else ProblemType.PASS_FAIL,
        interactive="interactive" in types,
        multi_pass="multi-pass" in types,
        limits=_modern_limits(data.get("limits", {})),
        sources=tuple(_source(entry) for entry in entries),
        keywords=tuple(data.get("keywords", ())),
        uuid=data.get("uuid"),
    )


def _modern_limits(limits: dict[str, Any]) -> Limits:
    multipliers = limits.get("time_multipliers", {})
    defaults = Limits()
    return Limits(
        time_limit=float(limits.get("time_limit", defaults.time_limit)),
        time_limit_from_yaml="time_limit" in limits,
        time_multipliers_ac=float(multipliers.get("ac_to_time_limit", 2.0)),
        time_multipliers_tle=float(multipliers.get("time_limit_to_tle", 1.5)),
        time_resolution=float(limits.get("time_resolution", defaults.time_resolution)),
        validation_passes=int(limits.get("validation_passes", defaults.validation_passes)),
        **_common_limits(limits, defaults),
    )


def _common_limits(limits: dict[str, Any], defaults: Limits) -> dict[str, Any]:
    """The limits both formats spell the same way, converted from MiB/KiB to bytes."""
    return {
        "memory": int(limits.get("memory", defaults.memory // MIB) * MIB),
        "output": int(limits.get("output", defaults.output // MIB) * MIB),
        "code": int(limits.get("code", defaults.code // KIB) * KIB),
        "compilation_time": float(limits.get("compilation_time", defaults.compilation_time)),
        "compilation_memory": int(
            limits.get("compilation_memory", defaults.compilation_memory // MIB) * MIB
        ),
        "validation_time": float(limits.get("validation_time", defaults.validation_time)),
        "validation_memory": int(
            limits.get("validation_memory", defaults.validation_memory // MIB) * MIB
        ),
        "validation_output": int(
            limits.get("validation_output", defaults.validation_output // MIB) * MIB
        ),
    }


def _source(entry: str | dict[str, Any]) -> PaperSource:
    if isinstance(entry, str):
        return PaperSource(name=entry)
    authors = entry.get("authors", ())
    return PaperSource(
        name=entry["name"],
        url=entry.get("url"),
        arxiv=entry.get("arxiv"),
        authors=(authors,) if isinstance(authors, str) else tuple(authors),
        year=entry.get("year"),
    )


def _legacy(data: dict[str, Any]) -> Metadata:
    validation = data.get("validation", "default").split()
    limits = data.get("limits", {})
    defaults = Limits()
    source = data.get("source")
    sources: tuple[PaperSource, ...] = ()
    if isinstance(source, str):
        sources = (PaperSource(name=source, url=data.get("source_url")),)
    elif isinstance(source, dict):
        sources = (_source(source),)
    keywords = data.get("keywords", "")
    return Metadata(
        format_version=FORMAT_LEGACY,
        names={"en": data["name"]} if "name" in data else {},
        type=ProblemType(data.get("type", "pass-fail")),
        interactive="interactive" in validation[1:],
        limits=Limits(
            time_limit=float(limits.get("time_limit", defaults.time_limit)),
            time_limit_from_yaml="time_limit" in limits,
            time_multipliers_ac=float(limits.get("time_multiplier", 5.0)),
            time_multipliers_tle=float(limits.get("time_safety_margin", 2.0)),
            **_common_limits(limits, defaults),
        ),
        sources=sources,
        keywords=tuple(keywords.split() if isinstance(keywords, str) else keywords),
        uuid=data.get("uuid"),
        custom_validation=validation[0] == "custom",
        custom_score="score" in validation[1:],
        validator_flags=tuple(data.get("validator_flags", "").split()),
        legacy_grading=dict(data.get("grading", {})),
    )

"""Writing a package in the 2023-07-draft dialect that today's Kattis problemtools reads.

problemtools (1.2026) predates the 2025-09 format: it refuses the version string, our paper
fields in ``source`` and ``test_group.yaml``, and wants a short name of ``[a-z0-9]+``. The
export changes exactly those things and copies everything else byte for byte, so problemtools
checks the same data, validators and submissions we judge.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from jupyter_leetarxiv.core.problem.formats import FORMAT_2023_07_DRAFT
from jupyter_leetarxiv.core.yaml_text import parse_yaml

DRAFT = FORMAT_2023_07_DRAFT
PAPER_FIELDS = ("arxiv", "authors", "year")


def kattis_short_name(problem_id: str) -> str:
    return re.sub(r"[^a-z0-9]", "", problem_id.lower())


def export_draft(package: Path, destination: Path) -> Path:
    """Copy ``package`` into ``destination``/<short name> in the draft dialect; return its path."""
    target = destination / kattis_short_name(package.name)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(package, target, symlinks=False)
    _rewrite_problem_yaml(target / "problem.yaml")
    for group_file in sorted((target / "data").rglob("test_group.yaml")):
        _to_testdata_yaml(group_file)
    return target


def _rewrite_problem_yaml(path: Path) -> None:
    data: dict[str, Any] = parse_yaml(path.read_text(encoding="utf-8"))
    data["problem_format_version"] = DRAFT
    sources = data.get("source")
    for source in sources if isinstance(sources, list) else [sources]:
        if isinstance(source, dict):
            for key in PAPER_FIELDS:
                source.pop(key, None)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _to_testdata_yaml(path: Path) -> None:
    data: dict[str, Any] = parse_yaml(path.read_text(encoding="utf-8")) or {}
    args = data.pop("output_validator_args", None)
    if args:
        data["output_validator_flags"] = " ".join(str(a) for a in args)
    path.with_name("testdata.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    path.unlink()

"""Finding language files (built in, then user directories) and looking languages up."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from jupyter_leetarxiv.core.languages.model import Language, LanguageError, SelfTest
from jupyter_leetarxiv.core.schemas import remembered_error
from jupyter_leetarxiv.core.yaml_text import parse_yaml

BUILTIN_DIR = Path(str(resources.files("jupyter_leetarxiv") / "languages"))
ENV_DIRS = "LEETARXIV_LANGUAGE_DIRS"


def parse_language(path: Path) -> Language:
    """Read and check one language file; every problem is reported with the file and field."""
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LanguageError(path, "", f"is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise LanguageError(path, "", "must be a YAML mapping of fields (id, name, run, ...)")
    error = remembered_error("language.schema.json", data)
    if error is not None:
        field_name = ".".join(str(p) for p in error.absolute_path) or "(top level)"
        raise LanguageError(path, field_name, error.message)
    if path.stem != data["id"]:
        raise LanguageError(path, "id", f"is {data['id']!r} but the file is named {path.name}")
    _check_file_names(path, data)
    return Language(
        id=data["id"],
        name=data["name"],
        aliases=tuple(data.get("aliases", ())),
        extensions=tuple(data["extensions"]),
        source_name=data.get("source_name", "{stem}" + data["extensions"][0]),
        default_stem=data.get("default_stem", "solution"),
        guess_from_extension=data.get("guess_from_extension", True),
        harness_name=data.get("harness_name", ""),
        compile=tuple(data["compile"]) if "compile" in data else None,
        run=tuple(data["run"]),
        version=tuple(data["version"]),
        toolchain_paths=tuple(data.get("toolchain_paths", ())),
        env=dict(data.get("env", {})),
        time_multiplier=float(data.get("time_multiplier", 1.0)),
        memory_error_patterns=tuple(data.get("memory_error_patterns", ())),
        debian_packages=tuple(data.get("debian_packages", ())),
        self_test=SelfTest(**data["self_test"]),
        file=path,
    )


def _check_file_names(path: Path, data: dict[str, Any]) -> None:
    """The user's file must carry one of the extensions: only those files go to the compiler."""
    for field_name in ("source_name", "harness_name"):
        name = data.get(field_name)
        if name is not None and PurePosixPath(name).suffix not in data["extensions"]:
            raise LanguageError(
                path,
                field_name,
                f"{name!r} must end in one of the extensions ({', '.join(data['extensions'])}): "
                "only files with those are given to the compiler",
            )


class LanguageRegistry:
    """All known languages; later directories override earlier ones with the same id."""

    def __init__(self, languages: Iterable[Language]) -> None:
        self._by_id: dict[str, Language] = {}
        for language in languages:
            self._by_id[language.id] = language
        self._by_name: dict[str, Language] = {}
        for language in self._by_id.values():
            for name in language.names:
                self._by_name.setdefault(name.lower(), language)
        for language in self._by_id.values():  # ids win over other languages' aliases
            self._by_name[language.id] = language

    def __iter__(self) -> Iterator[Language]:
        return iter(sorted(self._by_id.values(), key=lambda lang: lang.id))

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, name: str) -> Language:
        """Look up by id or alias, case-insensitively; KeyError lists the valid names."""
        try:
            return self._by_name[name.lower()]
        except KeyError:
            raise KeyError(
                f"unknown language {name!r}; known: {', '.join(sorted(self._by_id))}"
            ) from None

    def for_file(self, filename: str) -> Language | None:
        """Guess from the extension, skipping variants that opt out of guessing."""
        suffix = Path(filename).suffix
        for language in self:
            if language.guess_from_extension and suffix in language.extensions:
                return language
        return None


def language_dirs(extra: Sequence[Path] = ()) -> list[Path]:
    """Built-in files first, then $LEETARXIV_LANGUAGE_DIRS, then directories from config."""
    dirs = [BUILTIN_DIR]
    dirs += [Path(p) for p in os.environ.get(ENV_DIRS, "").split(os.pathsep) if p]
    dirs += list(extra)
    return dirs


def load_languages(extra_dirs: Sequence[Path] = ()) -> LanguageRegistry:
    languages = []
    for directory in language_dirs(extra_dirs):
        if not directory.is_dir():
            raise LanguageError(directory, "", "language directory does not exist")
        languages += [parse_language(path) for path in sorted(directory.glob("*.yaml"))]
    return LanguageRegistry(languages)

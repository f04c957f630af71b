"""A language: how to compile and run a submission, read from one declarative file."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

_PLACEHOLDER = re.compile(r"\{(files|main|stem|memory_mb)\}")


class LanguageError(Exception):
    """A broken language file: names the file and the field, so its author can fix it."""

    def __init__(self, path: Path, field_name: str, message: str) -> None:
        where = f"{path}: {field_name}" if field_name else str(path)
        super().__init__(f"{where}: {message}")
        self.path = path
        self.field = field_name
        self.message = message


@dataclass(frozen=True)
class SelfTest:
    """Programs every install must judge correctly: a hello world and an a+b from stdin."""

    hello: str
    aplusb: str


@dataclass(frozen=True)
class Language:
    id: str
    name: str
    aliases: tuple[str, ...]
    extensions: tuple[str, ...]
    source_name: str  # what a submission is saved as; "{stem}" keeps the submitted file's stem
    compile: tuple[str, ...] | None
    run: tuple[str, ...]
    version: tuple[str, ...]
    self_test: SelfTest
    file: Path
    toolchain_paths: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    time_multiplier: float = 1.0
    memory_error_patterns: tuple[str, ...] = ()  # stderr text that means the heap limit was hit
    debian_packages: tuple[str, ...] = ()
    default_stem: str = "solution"
    guess_from_extension: bool = True
    harness_name: str = ""  # the user's file name when a problem supplies a harness

    @property
    def solution_name(self) -> str:
        """With a harness (include/<language>/), the driver imports the user's file by name."""
        return self.harness_name or f"solution{self.extensions[0]}"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, *self.aliases)

    @property
    def executable(self) -> str:
        """The toolchain binary whose presence says the language is installed."""
        return (self.compile or self.run)[0]

    def file_name(self, submitted: str | None) -> str:
        """The name a submission takes in the box, e.g. Java's public class must match it."""
        stem = PurePosixPath(submitted).stem if submitted else self.default_stem
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", stem):
            stem = self.default_stem
        return self.source_name.replace("{stem}", stem)

    def compile_argv(self, files: Sequence[str], main: str, memory_mb: int) -> list[str] | None:
        if self.compile is None:
            return None
        return _expand(self.compile, files, main, memory_mb)

    def run_argv(self, files: Sequence[str], main: str, memory_mb: int) -> list[str]:
        return _expand(self.run, files, main, memory_mb)


def _expand(template: Sequence[str], files: Sequence[str], main: str, memory_mb: int) -> list[str]:
    """Fill placeholders in an argv template; ``{files}`` alone in an item becomes many items.

    Values are spliced into list items, never parsed by a shell, so a file name cannot inject
    arguments beyond its own item.
    """
    values = {"main": main, "stem": PurePosixPath(main).stem, "memory_mb": str(memory_mb)}
    argv: list[str] = []
    for item in template:
        if item == "{files}":
            argv.extend(files)
            continue
        argv.append(_PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), item))
    return argv

"""Putting a submission (and the problem's harness files) in a box and compiling it once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from jupyter_leetarxiv.core import artefacts
from jupyter_leetarxiv.core.compile_cache import (
    MAX_ENTRY_BYTES,
    CachedCompile,
    CompileCache,
    compile_key,
    file_digest,
)
from jupyter_leetarxiv.core.languages import Language
from jupyter_leetarxiv.core.languages.probe import toolchain_version
from jupyter_leetarxiv.core.problem import Problem
from jupyter_leetarxiv.core.wire import Compiled
from jupyter_leetarxiv.sandbox import Box, Limits, RunResult, RunStatus
from jupyter_leetarxiv.sandbox.base import BOX_TMP

COMPILE_OUTPUT_BYTES = 64 * 1024


@dataclass(frozen=True)
class Sources:
    """The files of one program in its box: which ones the compiler gets, and which one runs."""

    files: tuple[str, ...]
    main: str
    contents: tuple[tuple[str, str], ...] = ()  # (name, sha256) of every file put in the box


@dataclass(frozen=True)
class CompileOutcome:
    ok: bool
    output: str
    time: float
    run: RunResult | None  # None for languages without a compile step, or a cache hit
    cached: bool = False  # restored from the compile cache instead of compiled

    def event(self, submission: str) -> Compiled:
        """The ``compiled`` event that reports this outcome."""
        return Compiled(
            submission=submission,
            ok=self.ok,
            output=self.output,
            cached=self.cached,
            time=self.time,
        )


def place_sources(
    box: Box, language: Language, source: bytes, filename: str | None, include_dir: Path | None
) -> Sources:
    """Write the submission and any include/<language>/ files; a harness ``main`` file runs.

    With a harness the user writes a function, not I/O: the problem's driver (e.g.
    include/python3/main.py) is the entry point and imports the user's file, which is therefore
    saved under the language's fixed ``solution_name`` (solution.py, solution.cpp, ...).
    """
    harness = list(_include_files(include_dir))
    own = language.solution_name if harness else language.file_name(filename)
    box.put(own, source)
    names = [own]
    contents = [(own, file_digest(source))]
    for relative, data in harness:
        box.put(relative, data)
        names.append(relative)
        contents.append((relative, file_digest(data)))
    compiled = tuple(n for n in names if PurePosixPath(n).suffix in language.extensions)
    harness_main = [n for n in compiled if n != own and PurePosixPath(n).stem.lower() == "main"]
    return Sources(
        files=compiled, main=harness_main[0] if harness_main else own, contents=tuple(contents)
    )


def place_program(box: Box, language: Language, root: Path) -> Sources:
    """Write a program the problem supplies (an output validator): a file or a directory.

    Its entry point is a file named main or validate when there are several sources.
    """
    files = list(_include_files(root)) if root.is_dir() else [(root.name, root.read_bytes())]
    for relative, data in files:
        box.put(relative, data)
    compiled = tuple(n for n, _ in files if PurePosixPath(n).suffix in language.extensions)
    entry = [n for n in compiled if PurePosixPath(n).stem.lower() in ("main", "validate")]
    contents = tuple((n, file_digest(data)) for n, data in files)
    return Sources(files=compiled, main=(entry or list(compiled))[0], contents=contents)


def _include_files(include_dir: Path | None) -> Iterator[tuple[str, bytes]]:
    if include_dir is None or not include_dir.is_dir():
        return
    for path in sorted(include_dir.rglob("*")):
        if path.is_file():
            yield path.relative_to(include_dir).as_posix(), path.read_bytes()


def compile_sources(
    box: Box,
    language: Language,
    sources: Sources,
    limits: Limits,
    memory_mb: int,
    cache: CompileCache | None = None,
) -> CompileOutcome:
    """Compile in the box; with a ``cache``, an unchanged program is restored, not compiled."""
    argv = language.compile_argv(sources.files, sources.main, memory_mb)
    if argv is None:
        return CompileOutcome(ok=True, output="", time=0.0, run=None)
    key = None
    if cache is not None:
        key = compile_key(language, toolchain_version(language) or "", argv, sources.contents)
    if cache is not None and key is not None:
        started = time.monotonic()
        hit = cache.get(key)
        if hit is not None and artefacts.unpack(box, hit.archive):
            elapsed = time.monotonic() - started
            return CompileOutcome(ok=True, output=hit.output, time=elapsed, run=None, cached=True)
    run = box.run(argv, limits=limits, env=language_env(language))
    output = (run.stdout + run.stderr)[:COMPILE_OUTPUT_BYTES].decode(errors="replace")
    if run.status in (RunStatus.TIME_LIMIT, RunStatus.WALL_LIMIT):
        output += f"\ncompilation took longer than {limits.cpu_time:g} s"
    elif run.status is RunStatus.MEMORY_LIMIT:
        output += f"\ncompilation used more than {limits.memory // 2**20} MiB"
    if cache is not None and key is not None and run.ok:
        archive = artefacts.pack(box, MAX_ENTRY_BYTES)
        if archive is not None:
            cache.put(key, CachedCompile(archive=archive, output=output))
    return CompileOutcome(ok=run.ok, output=output, time=run.wall_time, run=run)


def language_env(language: Language) -> dict[str, str]:
    """A clean environment: the worker's own variables never reach a submission."""
    return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": BOX_TMP, **language.env}


def compile_limits(problem: Problem) -> Limits:
    limits = problem.limits
    return Limits(
        cpu_time=limits.compilation_time,
        wall_time=limits.compilation_time * 2,
        memory=limits.compilation_memory,
        processes=128,
        output=1024 * 1024,
    )


def run_limits(problem: Problem, time_limit: float) -> Limits:
    return Limits(
        cpu_time=time_limit,
        wall_time=time_limit * 2 + 1,
        memory=problem.limits.memory,
        output=problem.limits.output,
    )

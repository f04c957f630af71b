"""Running a program on the user's own input, without judging: the notebook's "try it"."""

from __future__ import annotations

from collections.abc import Generator

from jupyter_leetarxiv.core.compilation import (
    compile_limits,
    compile_sources,
    language_env,
    place_sources,
    run_limits,
)
from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.core.languages import Language
from jupyter_leetarxiv.core.problem import Problem
from jupyter_leetarxiv.core.wire import Compiling, Event, Output, SubmissionRequest
from jupyter_leetarxiv.sandbox import Sandbox

SHOWN_BYTES = 64 * 1024


def run_on_input(
    problem: Problem,
    language: Language,
    request: SubmissionRequest,
    sandbox: Sandbox,
    compile_cache: CompileCache | None = None,
) -> Generator[Event, None, None]:
    """Compile (or restore from ``compile_cache``), then run once on ``request.stdin`` with the
    problem's limits."""
    sid = request.id
    memory_mb = problem.limits.memory // 2**20
    with sandbox.open_box(toolchain_paths=language.toolchain_paths) as box:
        yield Compiling(submission=sid)
        sources = place_sources(
            box,
            language,
            request.source.encode(),
            request.filename,
            problem.includes_for(language.names),
        )
        outcome = compile_sources(
            box, language, sources, compile_limits(problem), memory_mb, compile_cache
        )
        yield outcome.event(sid)
        if not outcome.ok:
            return
        argv = language.run_argv(sources.files, sources.main, memory_mb)
        limits = run_limits(problem, problem.limits.time_limit * language.time_multiplier)
        run = box.run(
            argv, limits=limits, stdin=(request.stdin or "").encode(), env=language_env(language)
        )
        yield Output(
            submission=sid,
            status=run.status.value,
            exit_code=run.exit_code,
            stdout=run.stdout[:SHOWN_BYTES].decode(errors="replace"),
            stderr=run.stderr[:SHOWN_BYTES].decode(errors="replace"),
            time=round(run.cpu_time, 4),
            wall_time=round(run.wall_time, 4),
            memory=run.memory,
        )

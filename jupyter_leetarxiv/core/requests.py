"""Judging a wire-format submission request: what every worker does with a message."""

from __future__ import annotations

from collections.abc import Generator

from jupyter_leetarxiv.core.catalog import Catalog, CatalogError
from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.core.judge import JudgeOptions, judge
from jupyter_leetarxiv.core.problem import ProblemError
from jupyter_leetarxiv.core.running import run_on_input
from jupyter_leetarxiv.core.wire import Error, Event, SubmissionRequest
from jupyter_leetarxiv.sandbox import Sandbox

MAX_SOURCE_BYTES = 256 * 1024


def handle_request(
    request: SubmissionRequest,
    catalog: Catalog,
    sandbox: Sandbox,
    compile_cache: CompileCache | None = None,
) -> Generator[Event, None, None]:
    """The events of one request; bad input ends in an ``Error`` event, never an exception.

    With a ``compile_cache``, a source judged before (same language file, toolchain and
    harness) skips its compiler.
    """
    try:
        problem = catalog.problem(request.problem)
        language = catalog.language(request.language)
    except (CatalogError, ProblemError) as exc:
        yield Error(submission=request.id, message=str(exc))
        return
    if len(request.source.encode()) > MAX_SOURCE_BYTES:
        yield Error(
            submission=request.id,
            message=f"source is larger than {MAX_SOURCE_BYTES // 1024} KiB",
        )
        return
    if problem.interactive:
        yield Error(submission=request.id, message="interactive problems are not supported yet")
        return
    if request.stdin is not None:
        yield from run_on_input(problem, language, request, sandbox, compile_cache)
        return
    options = JudgeOptions(
        submission_id=request.id,
        mode=request.mode,
        filename=request.filename,
        compile_cache=compile_cache,
    )
    yield from judge(problem, language, request.source, sandbox, catalog.languages, options)

"""The judge service: problems, languages and a user's submissions, with no HTTP in sight.

Handlers pass it the authenticated user's name and the decoded request body; it answers with
JSON-ready dictionaries or raises a ``ServiceError``. Everything a user asks about is filtered
by that name: another user's submission is "not found", never "forbidden", so ids don't leak.
Reading problem packages touches the disk, so it runs in a thread.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from typing import Any

from jupyter_leetarxiv.core.catalog import Catalog, CatalogError
from jupyter_leetarxiv.core.problem import Problem, ProblemError
from jupyter_leetarxiv.core.problem_views import language_view, problem_detail, problem_summary
from jupyter_leetarxiv.core.wire import FINAL_TYPES, Mode, SubmissionRequest
from jupyter_leetarxiv.server.errors import (
    InvalidRequestError,
    NotFoundError,
    RateLimitedError,
    TooLargeError,
)
from jupyter_leetarxiv.server.judging import DispatcherFactory, Judging
from jupyter_leetarxiv.server.live import CLOSED, LiveEvents
from jupyter_leetarxiv.server.ratelimit import RateLimiter
from jupyter_leetarxiv.server.store import QUEUED, AsyncStore, SubmissionRecord

MAX_STDIN_BYTES = 1024 * 1024
HISTORY_LIMIT = 100
_FIELDS = {"problem", "language", "source", "mode", "stdin", "filename"}


class JudgeService:
    def __init__(
        self,
        catalog: Catalog,
        store: AsyncStore,
        dispatcher: DispatcherFactory,
        *,
        transport: str,
        limiter: RateLimiter,
        max_source_bytes: int,
        log: logging.Logger,
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.live = LiveEvents()
        self.judging = Judging(dispatcher, store, self.live, transport=transport, log=log)
        self.limiter = limiter
        self.max_source_bytes = max_source_bytes
        self.log = log

    def open(self) -> None:
        """Open the store: from then on submissions are accepted (and wait for ``start``)."""
        self.store.open()

    async def start(self) -> None:
        """Queue again what was unfinished at the last shutdown, and connect the dispatcher."""
        unfinished = await self.store.unfinished()
        for record in unfinished:
            await self.store.restart(record.id)
            self.judging.send(_request(record))
        if unfinished:
            self.log.info("leetarxiv: judging %d unfinished submission(s) again", len(unfinished))
        self.judging.start()

    async def stop(self) -> None:
        await self.judging.stop()
        self.live.close()
        await self.store.close()

    # ------------------------------------------------------------------------ problems

    async def problems(self) -> list[dict[str, Any]]:
        return await asyncio.to_thread(self._problem_summaries)

    def _problem_summaries(self) -> list[dict[str, Any]]:
        summaries = []
        for problem_id in self.catalog.problem_ids():
            try:
                summaries.append(problem_summary(self.catalog.problem(problem_id)))
            except ProblemError as exc:  # one broken package must not hide the others
                self.log.warning("leetarxiv: skipping problem %s: %s", problem_id, exc)
        return summaries

    async def problem(self, problem_id: str) -> dict[str, Any]:
        def detail() -> dict[str, Any]:
            return problem_detail(self._problem(problem_id), self.catalog.languages)

        try:
            return await asyncio.to_thread(detail)
        except CatalogError as exc:
            raise NotFoundError(str(exc)) from None

    def languages(self) -> list[dict[str, Any]]:
        return [language_view(language) for language in self.catalog.languages]

    def _problem(self, problem_id: str) -> Problem:
        try:
            return self.catalog.problem(problem_id)
        except ProblemError as exc:
            self.log.error("leetarxiv: problem %s is broken: %s", problem_id, exc)
            raise InvalidRequestError(
                f"problem {problem_id!r} cannot be loaded; tell the course staff"
            ) from None

    # --------------------------------------------------------------------- submissions

    async def submit(self, user: str, body: Any) -> dict[str, Any]:
        """Check, store and queue a submission; answers before any judging happens."""
        request = await self._check(user, body)
        wait = self.limiter.take(user)
        if wait is not None:
            raise RateLimitedError(wait)
        record = SubmissionRecord(
            id=request.id,
            user=user,
            problem=request.problem,
            language=request.language,
            source=request.source,
            mode=request.mode.value,
            stdin=request.stdin,
            filename=request.filename,
            state=QUEUED,
            created=time.time(),
        )
        await self.store.add(record)
        self.judging.send(request)
        return self._view(record, detail=False)

    async def submission(self, user: str, submission_id: str) -> dict[str, Any]:
        return self._view(await self._own(user, submission_id), detail=True)

    async def submissions(self, user: str, *, problem: str | None = None) -> list[dict[str, Any]]:
        records = await self.store.history(user, problem=problem, limit=HISTORY_LIMIT)
        return [self._view(record, detail=False) for record in records]

    async def check_follow(self, user: str, submission_id: str) -> None:
        """Raise NotFoundError before a WebSocket is opened for someone else's submission."""
        await self._own(user, submission_id)

    async def follow(self, user: str, submission_id: str) -> AsyncIterator[dict[str, Any]]:
        """Every event of the submission: the stored ones, then live ones until the final one.

        Ends early, without a final event, when the server stops.
        """
        await self._own(user, submission_id)
        queue = self.live.follow(submission_id)  # before reading the store: no gap between
        try:
            last = 0
            for stored in await self.store.events(submission_id):
                yield stored.event
                last = stored.seq
                if stored.event.get("type") in FINAL_TYPES:
                    return
            while True:
                seq, event = await queue.get()
                if (seq, event) == CLOSED:
                    return
                if seq <= last:
                    continue
                last = seq
                yield event
                if event.get("type") in FINAL_TYPES:
                    return
        finally:
            self.live.unfollow(submission_id, queue)

    async def _own(self, user: str, submission_id: str) -> SubmissionRecord:
        record = await self.store.get(submission_id)
        if record is None or record.user != user:
            raise NotFoundError(f"no submission {submission_id!r}")
        return record

    async def _check(self, user: str, body: Any) -> SubmissionRequest:
        if not isinstance(body, dict):
            raise InvalidRequestError("the body must be a JSON object")
        unknown = sorted(set(body) - _FIELDS)
        if unknown:
            raise InvalidRequestError(f"unknown field(s): {', '.join(unknown)}", field=unknown[0])
        for name in ("problem", "language", "source"):
            if not isinstance(body.get(name), str):
                raise InvalidRequestError(f"{name!r} is required and must be a string", field=name)
        for name in ("stdin", "filename"):
            if body.get(name) is not None and not isinstance(body[name], str):
                raise InvalidRequestError(f"{name!r} must be a string", field=name)
        modes = [mode.value for mode in Mode]
        mode = body.get("mode", Mode.SUBMIT.value)
        if mode not in modes:
            raise InvalidRequestError(f"unknown mode {mode!r}", field="mode", choices=modes)
        source: str = body["source"]
        if len(source.encode()) > self.max_source_bytes:
            raise TooLargeError(
                f"the source is larger than {self.max_source_bytes} bytes",
                limit=self.max_source_bytes,
            )
        stdin: str | None = body.get("stdin")
        if stdin is not None and len(stdin.encode()) > MAX_STDIN_BYTES:
            raise TooLargeError(
                f"stdin is larger than {MAX_STDIN_BYTES} bytes", limit=MAX_STDIN_BYTES
            )
        try:
            language = self.catalog.language(body["language"])
        except CatalogError as exc:
            raise InvalidRequestError(str(exc), field="language", choices=exc.choices) from None
        try:
            problem = await asyncio.to_thread(self._problem, body["problem"])
        except CatalogError as exc:
            raise InvalidRequestError(str(exc), field="problem", choices=exc.choices) from None
        if problem.interactive:
            raise InvalidRequestError("interactive problems are not supported yet", field="problem")
        return SubmissionRequest(
            user=user,
            problem=problem.id,
            language=language.id,
            source=source,
            mode=Mode(mode),
            stdin=stdin,
            filename=body.get("filename"),
        )

    def _view(self, record: SubmissionRecord, *, detail: bool) -> dict[str, Any]:
        view: dict[str, Any] = {
            "id": record.id,
            "problem": record.problem,
            "language": record.language,
            "mode": record.mode,
            "state": record.state,
            "created": _timestamp(record.created),
            "finished": _timestamp(record.finished),
            "verdict": record.verdict,
            "score": record.score,
        }
        if not record.is_finished:
            view["queue"] = self.judging.queue_state(record.id)
            view["position"] = self.judging.position(record.id)
        if detail:
            view["source"] = record.source
            view["stdin"] = record.stdin
            summary = record.result
            if summary is None:
                progress = self.judging.progress(record.id)
                summary = progress.to_dict() if progress is not None else {"tests": []}
            view.update({k: v for k, v in summary.items() if k not in view})
        return view


def _request(record: SubmissionRecord) -> SubmissionRequest:
    return SubmissionRequest(
        id=record.id,
        user=record.user,
        problem=record.problem,
        language=record.language,
        source=record.source,
        mode=Mode(record.mode),
        stdin=record.stdin,
        filename=record.filename,
    )


def _timestamp(seconds: float | None) -> str | None:
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, timezone.utc).isoformat()

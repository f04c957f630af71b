"""Submissions and their events in SQLite: the record a verdict is read from, across restarts.

The database runs in WAL mode, so readers never wait for the writer and a commit is an append
to the log (synchronous=NORMAL: a power cut may lose the last commits, never corrupt the file).
``Store`` is plain synchronous code on one connection; ``AsyncStore`` runs every call on one
dedicated thread, so the server's event loop never waits on the disk and the connection is only
ever used from that thread.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS submissions (
    id TEXT PRIMARY KEY,
    user TEXT NOT NULL,
    problem TEXT NOT NULL,
    language TEXT NOT NULL,
    source TEXT NOT NULL,
    mode TEXT NOT NULL,
    stdin TEXT,
    filename TEXT,
    state TEXT NOT NULL,
    created REAL NOT NULL,
    finished REAL,
    verdict TEXT,
    score REAL,
    result TEXT
);
CREATE INDEX IF NOT EXISTS submissions_by_user ON submissions (user, created);
CREATE INDEX IF NOT EXISTS submissions_unfinished ON submissions (state)
    WHERE state IN ('queued', 'running');
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    submission TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    event TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_submission ON events (submission, seq);
"""

QUEUED = "queued"
RUNNING = "running"
DONE = "done"  # judged: a result, or the output of a run on the user's input
FAILED = "error"  # the judge could not judge it: unknown problem, judge error, gave up
UNFINISHED = (QUEUED, RUNNING)

T = TypeVar("T")


@dataclass(frozen=True)
class SubmissionRecord:
    id: str
    user: str
    problem: str
    language: str
    source: str
    mode: str
    stdin: str | None
    state: str
    created: float  # seconds since the epoch
    filename: str | None = None
    finished: float | None = None
    verdict: str | None = None
    score: float | None = None
    result: dict[str, Any] | None = None  # the folded Summary, once finished

    @property
    def is_finished(self) -> bool:
        return self.state not in UNFINISHED


@dataclass(frozen=True)
class Outcome:
    """How a submission ended: written with its final event."""

    state: str  # DONE or FAILED
    verdict: str | None
    score: float | None
    result: dict[str, Any]  # the folded Summary
    finished: float = field(default_factory=time.time)


@dataclass(frozen=True)
class StoredEvent:
    seq: int  # increases across all submissions: newer events always have larger numbers
    event: dict[str, Any]


class Store:
    """One SQLite connection; every method is one short transaction."""

    def __init__(self, path: Path) -> None:
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        # The connection is created here and then used by whichever single thread owns the
        # store (AsyncStore's executor), never by two threads at once.
        self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA busy_timeout = 5000")
        with self._db:
            self._db.executescript(_SCHEMA)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @property
    def journal_mode(self) -> str:
        return str(self._db.execute("PRAGMA journal_mode").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    def add(self, record: SubmissionRecord) -> None:
        with self._db:
            self._db.execute(
                "INSERT INTO submissions (id, user, problem, language, source, mode, stdin, "
                "filename, state, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    record.user,
                    record.problem,
                    record.language,
                    record.source,
                    record.mode,
                    record.stdin,
                    record.filename,
                    record.state,
                    record.created,
                ),
            )

    def get(self, submission_id: str) -> SubmissionRecord | None:
        row = self._db.execute(
            "SELECT * FROM submissions WHERE id = ?", (submission_id,)
        ).fetchone()
        return _record(row) if row is not None else None

    def history(
        self, user: str, *, problem: str | None = None, limit: int = 100
    ) -> list[SubmissionRecord]:
        """A user's submissions, newest first, optionally for one problem."""
        query = "SELECT * FROM submissions WHERE user = ?"
        args: list[Any] = [user]
        if problem is not None:
            query += " AND problem = ?"
            args.append(problem)
        query += " ORDER BY created DESC, rowid DESC LIMIT ?"
        args.append(limit)
        return [_record(row) for row in self._db.execute(query, args)]

    def unfinished(self) -> list[SubmissionRecord]:
        """Submissions accepted but never judged to the end, oldest first (to judge again)."""
        rows = self._db.execute(
            "SELECT * FROM submissions WHERE state IN (?, ?) ORDER BY created, rowid", UNFINISHED
        )
        return [_record(row) for row in rows]

    def restart(self, submission_id: str) -> None:
        """Forget a previous attempt's events: the submission is about to be judged afresh."""
        with self._db:
            self._db.execute("DELETE FROM events WHERE submission = ?", (submission_id,))
            self._db.execute(
                "UPDATE submissions SET state = ? WHERE id = ?", (QUEUED, submission_id)
            )

    def append_event(
        self, submission_id: str, event: dict[str, Any], state: str, outcome: Outcome | None = None
    ) -> int:
        """Store one event and the state it leaves the submission in; returns its sequence.

        A final event and the outcome it decides are written in one transaction, so a reader
        never sees a finished submission without its verdict.
        """
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO events (submission, event) VALUES (?, ?)",
                (submission_id, json.dumps(event)),
            )
            if outcome is None:
                self._db.execute(
                    "UPDATE submissions SET state = ? WHERE id = ? AND state != ?",
                    (state, submission_id, state),
                )
            else:
                self._db.execute(
                    "UPDATE submissions SET state = ?, verdict = ?, score = ?, result = ?, "
                    "finished = ? WHERE id = ?",
                    (
                        state,
                        outcome.verdict,
                        outcome.score,
                        json.dumps(outcome.result),
                        outcome.finished,
                        submission_id,
                    ),
                )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def events(self, submission_id: str, *, after: int = 0) -> list[StoredEvent]:
        rows = self._db.execute(
            "SELECT seq, event FROM events WHERE submission = ? AND seq > ? ORDER BY seq",
            (submission_id, after),
        )
        return [StoredEvent(row["seq"], json.loads(row["event"])) for row in rows]


def _record(row: sqlite3.Row) -> SubmissionRecord:
    return SubmissionRecord(
        id=row["id"],
        user=row["user"],
        problem=row["problem"],
        language=row["language"],
        source=row["source"],
        mode=row["mode"],
        stdin=row["stdin"],
        filename=row["filename"],
        state=row["state"],
        created=row["created"],
        finished=row["finished"],
        verdict=row["verdict"],
        score=row["score"],
        result=json.loads(row["result"]) if row["result"] is not None else None,
    )


class AsyncStore:
    """The same operations as coroutines, each run on the store's own thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="leetarxiv-store")
        self._store: Store | None = None

    def open(self) -> None:
        """Open (or create) the database and wait for it: once, before the server serves."""
        self._store = self._executor.submit(Store, self.path).result()

    async def close(self) -> None:
        if self._store is not None:
            await self._run(self._store.close)
            self._store = None
        self._executor.shutdown(wait=True)

    @property
    def sync(self) -> Store:
        if self._store is None:
            raise RuntimeError("the store is not open")
        return self._store

    async def add(self, record: SubmissionRecord) -> None:
        await self._run(lambda: self.sync.add(record))

    async def get(self, submission_id: str) -> SubmissionRecord | None:
        return await self._run(lambda: self.sync.get(submission_id))

    async def history(
        self, user: str, *, problem: str | None = None, limit: int = 100
    ) -> list[SubmissionRecord]:
        return await self._run(lambda: self.sync.history(user, problem=problem, limit=limit))

    async def unfinished(self) -> list[SubmissionRecord]:
        return await self._run(self.sync.unfinished)

    async def restart(self, submission_id: str) -> None:
        await self._run(lambda: self.sync.restart(submission_id))

    async def append_event(
        self, submission_id: str, event: dict[str, Any], state: str, outcome: Outcome | None = None
    ) -> int:
        return await self._run(lambda: self.sync.append_event(submission_id, event, state, outcome))

    async def events(self, submission_id: str, *, after: int = 0) -> list[StoredEvent]:
        return await self._run(lambda: self.sync.events(submission_id, after=after))

    async def _run(self, call: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, call)

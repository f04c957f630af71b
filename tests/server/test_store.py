"""The SQLite store: WAL mode, per-user history, events in order, unfinished submissions."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from jupyter_leetarxiv.server.store import (
    DONE,
    QUEUED,
    RUNNING,
    AsyncStore,
    Outcome,
    Store,
    SubmissionRecord,
)


def record(
    id: str, user: str = "ada", problem: str = "aplusb", created: float = 1.0
) -> SubmissionRecord:
    return SubmissionRecord(
        id=id,
        user=user,
        problem=problem,
        language="python3",
        source="print(3)",
        mode="submit",
        stdin=None,
        state=QUEUED,
        created=created,
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "deep" / "s.sqlite")


def test_the_database_is_in_wal_mode(store: Store) -> None:
    assert store.journal_mode == "wal"


def test_history_is_per_user_newest_first_and_filters_by_problem(store: Store) -> None:
    store.add(record("a1", created=1))
    store.add(record("b1", user="bob", created=2))
    store.add(record("a2", problem="floatsum", created=3))
    assert [r.id for r in store.history("ada")] == ["a2", "a1"]
    assert [r.id for r in store.history("ada", problem="aplusb")] == ["a1"]
    assert [r.id for r in store.history("bob")] == ["b1"]
    assert store.history("eve") == []


def test_a_final_event_records_the_outcome_in_the_same_step(store: Store) -> None:
    store.add(record("s"))
    first = store.append_event("s", {"type": "compiling"}, RUNNING)
    assert store.get("s").state == RUNNING  # type: ignore[union-attr]
    outcome = Outcome(DONE, "AC", None, {"passed": 1, "tests": []}, finished=5.0)
    last = store.append_event("s", {"type": "result", "verdict": "AC"}, DONE, outcome)
    assert last > first
    done = store.get("s")
    assert done is not None
    assert (done.state, done.verdict, done.finished, done.is_finished) == (DONE, "AC", 5.0, True)
    assert done.result == {"passed": 1, "tests": []}
    assert [e.event["type"] for e in store.events("s")] == ["compiling", "result"]
    assert [e.seq for e in store.events("s", after=first)] == [last]


def test_unfinished_submissions_restart_without_their_old_events(store: Store) -> None:
    store.add(record("old", created=1))
    store.add(record("new", created=2))
    store.add(record("done", created=3))
    store.append_event("old", {"type": "compiling"}, RUNNING)
    store.append_event("done", {"type": "result"}, DONE, Outcome(DONE, "WA", None, {}))
    assert [r.id for r in store.unfinished()] == ["old", "new"]
    store.restart("old")
    assert store.events("old") == []
    assert store.get("old").state == QUEUED  # type: ignore[union-attr]


def test_submissions_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    first = Store(path)
    first.add(record("kept"))
    first.append_event("kept", {"type": "queued"}, QUEUED)
    first.close()
    again = Store(path)
    assert again.get("kept") == record("kept")
    assert [e.event for e in again.events("kept")] == [{"type": "queued"}]


def test_ids_are_unique(store: Store) -> None:
    store.add(record("same"))
    with pytest.raises(sqlite3.IntegrityError):
        store.add(record("same"))


def test_the_async_store_runs_calls_off_the_event_loop(tmp_path: Path) -> None:
    async def main() -> list[str]:
        store = AsyncStore(tmp_path / "s.sqlite")
        store.open()
        await asyncio.gather(*(store.add(record(f"s{n}", created=n)) for n in range(20)))
        history = await store.history("ada", limit=5)
        await store.close()
        return [r.id for r in history]

    assert asyncio.run(main()) == ["s19", "s18", "s17", "s16", "s15"]

"""The embedded dispatcher: real judging in a pool of threads, events in order, cancel, fairness."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from jupyter_leetarxiv.core.catalog import Catalog
from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.core.requests import handle_request
from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import (
    Compiled,
    Error,
    Event,
    Queued,
    Result,
    SubmissionRequest,
    TestResult,
)
from jupyter_leetarxiv.sandbox.local import LocalSandbox
from jupyter_leetarxiv.transport import DispatcherClosedError
from jupyter_leetarxiv.transport.embedded import EmbeddedDispatcher

from .brokertools import (
    PROBLEMS,
    SLOW_AC,
    collect,
    other_user_overtakes,
    request,
    run_overtakes_submissions,
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.load(problem_dirs=[PROBLEMS])


@pytest.fixture(scope="module")
def sandbox() -> LocalSandbox:
    return LocalSandbox()


def test_round_trip_relays_the_judge_in_order(catalog: Catalog, sandbox: LocalSandbox) -> None:
    req = request()

    async def scenario() -> list[Event]:
        async with EmbeddedDispatcher(catalog, sandbox, workers=2) as dispatcher:
            return await collect(dispatcher, req)

    events = asyncio.run(scenario())
    direct = list(handle_request(req, catalog, sandbox))
    assert isinstance(events[0], Queued) and events[0].position == 0
    assert [e.type for e in events[1:]] == [e.type for e in direct]
    assert [e.index for e in events if isinstance(e, TestResult)] == list(range(1, 11))
    assert all(e.submission == req.id for e in events)
    result = events[-1]
    assert isinstance(result, Result) and result.verdict is Verdict.AC and result.passed == 10


def test_an_unchanged_source_is_compiled_once(
    catalog: Catalog, sandbox: LocalSandbox, tmp_path: Path
) -> None:
    cache = CompileCache(tmp_path)

    async def scenario() -> list[list[Event]]:
        async with EmbeddedDispatcher(catalog, sandbox, workers=1, compile_cache=cache) as pool:
            return [await collect(pool, request()) for _ in range(2)]

    first, second = (compiled(events) for events in asyncio.run(scenario()))
    assert (first.ok, first.cached) == (True, False)
    assert (second.ok, second.cached) == (True, True)


def compiled(events: list[Event]) -> Compiled:
    return next(e for e in events if isinstance(e, Compiled))


def test_bad_request_ends_in_an_error(catalog: Catalog, sandbox: LocalSandbox) -> None:
    req = SubmissionRequest(problem="aplusb", language="cobol-2099", source="x")

    async def scenario() -> list[Event]:
        async with EmbeddedDispatcher(catalog, sandbox, workers=1) as dispatcher:
            return await collect(dispatcher, req)

    events = asyncio.run(scenario())
    assert [e.type for e in events] == ["queued", "error"]
    assert isinstance(events[-1], Error) and "cobol-2099" in events[-1].message


def test_cancel_stops_queued_and_running_submissions(
    catalog: Catalog, sandbox: LocalSandbox
) -> None:
    running, waiting, after = request(SLOW_AC), request(), request()

    async def scenario() -> tuple[list[Event], list[Event], list[Event]]:
        async with EmbeddedDispatcher(catalog, sandbox, workers=1) as dispatcher:
            first: list[Event] = []
            started = asyncio.Event()

            async def follow() -> None:
                async for event in dispatcher.submit(running):
                    first.append(event)
                    if event.type == "test":
                        started.set()

            task = asyncio.create_task(follow())
            await started.wait()
            queued = dispatcher.submit(waiting)
            second = [await anext(queued)]
            assert await dispatcher.cancel(waiting.id)
            second += [event async for event in queued]
            assert await dispatcher.cancel(running.id)
            await task
            # The one pool thread is free again: a new submission is judged.
            return first, second, await collect(dispatcher, after)

    first, second, third = asyncio.run(scenario())
    assert [e.type for e in second] == ["queued", "error"]
    assert isinstance(first[-1], Error) and first[-1].message == "cancelled"
    assert len([e for e in first if isinstance(e, TestResult)]) < 10
    assert isinstance(third[-1], Result) and third[-1].verdict is Verdict.AC


def test_cancel_of_an_unknown_submission_says_so(catalog: Catalog, sandbox: LocalSandbox) -> None:
    async def scenario() -> bool:
        async with EmbeddedDispatcher(catalog, sandbox, workers=1) as dispatcher:
            return await dispatcher.cancel("nope")

    assert asyncio.run(scenario()) is False


def test_closed_dispatcher_refuses_work(catalog: Catalog, sandbox: LocalSandbox) -> None:
    async def scenario() -> None:
        dispatcher = EmbeddedDispatcher(catalog, sandbox, workers=1)
        await dispatcher.start()
        await dispatcher.close()
        await collect(dispatcher, request())

    with pytest.raises(DispatcherClosedError):
        asyncio.run(scenario())


def test_another_users_submission_overtakes_a_backlog(
    catalog: Catalog, sandbox: LocalSandbox
) -> None:
    async def scenario() -> tuple[Event, int]:
        async with EmbeddedDispatcher(catalog, sandbox, workers=1) as dispatcher:
            return await other_user_overtakes(dispatcher)

    final, ahead = asyncio.run(scenario())
    assert isinstance(final, Result) and final.verdict is Verdict.AC
    assert ahead < 10  # of 30; in practice 1: the one taken before b arrived


def test_sample_runs_overtake_full_submissions(catalog: Catalog, sandbox: LocalSandbox) -> None:
    async def scenario() -> tuple[Event, int]:
        async with EmbeddedDispatcher(catalog, sandbox, workers=1) as dispatcher:
            return await run_overtakes_submissions(dispatcher)

    final, ahead = asyncio.run(scenario())
    assert isinstance(final, Result) and final.total == 2  # the samples only
    assert ahead <= 1  # the submission already running


def test_queued_position_counts_the_submissions_ahead(
    catalog: Catalog, sandbox: LocalSandbox
) -> None:
    async def scenario() -> list[int | None]:
        async with EmbeddedDispatcher(catalog, sandbox, workers=1) as dispatcher:
            streams = [dispatcher.submit(request(SLOW_AC, user=u)) for u in ("a", "a", "a", "b")]
            firsts = [await anext(s) for s in streams]
            for s in streams:
                await s.aclose()
            return [e.position for e in firsts if isinstance(e, Queued)]

    # The first is taken by the pool at once or is still waiting (0 ahead either way); b's
    # backlog is empty, so it goes ahead of a's later two.
    positions = asyncio.run(scenario())
    assert positions[0] == 0 and positions[3] is not None and positions[3] <= 1
    assert positions[1] is not None and positions[2] is not None and positions[2] > positions[1]

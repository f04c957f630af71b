"""Exactly-once delivery from at-least-once judging: the stream's sequence rule."""

from __future__ import annotations

import asyncio

from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import Compiling, Error, Event, Result, TestResult
from jupyter_leetarxiv.transport.streams import EventStream


def judge_events(n: int) -> list[Event]:
    tests: list[Event] = [
        TestResult("s", i, n, f"t{i}", "secret", Verdict.AC, 0.0, 0.0, 0) for i in range(1, n + 1)
    ]
    result = Result("s", Verdict.AC, n, n, 0.0, 0, "python 3", "1")
    return [Compiling("s"), *tests, result]


async def drain(stream: EventStream) -> list[Event]:
    return [event async for event in stream]


def test_a_replay_after_a_crash_continues_where_the_first_attempt_stopped() -> None:
    async def scenario() -> list[Event]:
        stream = EventStream("s")
        events = judge_events(5)
        for seq, event in enumerate(events[:3]):  # the first worker dies after test 2
            stream.put(event, seq)
        for seq, event in enumerate(events):  # the second judges from the start
            stream.put(event, seq)
        for seq, event in enumerate(events):  # a third copy (a lost confirm) changes nothing
            stream.put(event, seq)
        return await drain(stream)

    assert asyncio.run(scenario()) == judge_events(5)


def test_an_unnumbered_error_ends_the_stream_and_nothing_follows() -> None:
    async def scenario() -> tuple[list[Event], bool]:
        stream = EventStream("s")
        events = judge_events(3)
        stream.put(events[0], 0)
        stream.put(Error("s", "cancelled"))
        stream.put(events[1], 1)
        return await drain(stream), stream.finished

    events, finished = asyncio.run(scenario())
    assert finished and [e.type for e in events] == ["compiling", "error"]


def test_events_out_of_turn_are_not_passed_on() -> None:
    async def scenario() -> list[Event]:
        stream = EventStream("s")
        events = judge_events(2)
        stream.put(events[2], 2)  # ahead of its turn: dropped, it will come again
        for seq, event in enumerate(events):
            stream.put(event, seq)
        return await drain(stream)

    assert asyncio.run(scenario()) == judge_events(2)


def test_a_final_event_ends_the_stream_over_a_gap() -> None:
    """Progress events lost with a broker restart (they are not persistent) must not hold the
    result back; what came in turn stays, in order."""

    async def scenario() -> list[Event]:
        stream = EventStream("s")
        events = judge_events(3)
        stream.put(events[0], 0)
        stream.put(events[1], 1)
        stream.put(events[-1], len(events) - 1)  # tests 2 and 3 lost
        stream.put(events[2], 2)  # too late: the stream is over
        return await drain(stream)

    events = judge_events(3)
    assert asyncio.run(scenario()) == [events[0], events[1], events[-1]]

"""JudgeService without HTTP: the real embedded pool and sandbox behind it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from jupyter_leetarxiv.core.catalog import Catalog
from jupyter_leetarxiv.sandbox.local import LocalSandbox
from jupyter_leetarxiv.server.errors import NotFoundError
from jupyter_leetarxiv.server.ratelimit import RateLimiter
from jupyter_leetarxiv.server.service import JudgeService
from jupyter_leetarxiv.server.store import AsyncStore
from jupyter_leetarxiv.transport.embedded import EmbeddedDispatcher

from .helpers import PROBLEMS

SLOW_AC = (
    "import sys, time\ntime.sleep(0.2)\na, b = map(int, sys.stdin.read().split())\nprint(a + b)\n"
)


def service(tmp_path: Path) -> JudgeService:
    catalog = Catalog.load([PROBLEMS])
    return JudgeService(
        catalog,
        AsyncStore(tmp_path / "s.sqlite"),
        lambda: EmbeddedDispatcher(catalog, LocalSandbox(), 1),
        transport="embedded",
        limiter=RateLimiter(0, 1),
        max_source_bytes=10_000,
        log=logging.getLogger("test"),
    )


async def collect(events: AsyncIterator[dict[str, Any]]) -> list[dict[str, Any]]:
    return [event async for event in events]


async def test_a_follower_joining_mid_judging_gets_every_event_once(tmp_path: Path) -> None:
    judge = service(tmp_path)
    judge.open()
    await judge.start()
    try:
        body = {"problem": "aplusb", "language": "python3", "source": SLOW_AC}
        submission = (await judge.submit("ada", body))["id"]
        from_the_start = asyncio.create_task(collect(judge.follow("ada", submission)))
        while not any(e.event["type"] == "test" for e in await judge.store.events(submission)):
            await asyncio.sleep(0.05)
        midway = await collect(judge.follow("ada", submission))
        assert midway == await from_the_start
        types = [event["type"] for event in midway]
        assert types[0] == "queued"
        assert types.count("test") == 10
        assert types[-1] == "result"
        assert (await judge.submission("ada", submission))["verdict"] == "AC"
        with pytest.raises(NotFoundError):
            await collect(judge.follow("bob", submission))
    finally:
        await judge.stop()


async def test_followers_are_let_go_when_the_service_stops(tmp_path: Path) -> None:
    judge = service(tmp_path)
    judge.open()  # never started: the submission waits for a dispatcher
    body = {"problem": "aplusb", "language": "python3", "source": SLOW_AC}
    created = await judge.submit("ada", body)
    assert (created["state"], created["queue"]) == ("queued", "starting")
    follower = asyncio.create_task(collect(judge.follow("ada", created["id"])))
    while not judge.live.followers(created["id"]):
        await asyncio.sleep(0.01)
    await judge.stop()
    assert await asyncio.wait_for(follower, 60) == []

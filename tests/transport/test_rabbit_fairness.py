"""Fairness through the broker: a backlog does not delay another user; runs go before submits.

One worker judging one submission at a time, so the order of results is the order of judging.
First come, first served would put the single submission behind all 30 of the backlog.
"""

from __future__ import annotations

import asyncio

from jupyter_leetarxiv.core.verdicts import Verdict
from jupyter_leetarxiv.core.wire import Event, Result
from jupyter_leetarxiv.transport.rabbitmq import RabbitDispatcher, Topology

from .brokertools import Broker, Workers, other_user_overtakes, run_overtakes_submissions


def test_another_users_submission_overtakes_a_backlog(
    rabbit: Broker, topology: Topology, workers: Workers
) -> None:
    workers.start(concurrency=1)

    async def scenario() -> tuple[Event, int]:
        async with RabbitDispatcher(rabbit.url, topology) as dispatcher:
            return await other_user_overtakes(dispatcher)

    final, ahead = asyncio.run(scenario())
    assert isinstance(final, Result) and final.verdict is Verdict.AC
    assert ahead < 10  # of 30; in practice 1 or 2: the one in hand, one at the same priority


def test_sample_runs_overtake_full_submissions(
    rabbit: Broker, topology: Topology, workers: Workers
) -> None:
    workers.start(concurrency=1)

    async def scenario() -> tuple[Event, int]:
        async with RabbitDispatcher(rabbit.url, topology) as dispatcher:
            return await run_overtakes_submissions(dispatcher)

    final, ahead = asyncio.run(scenario())
    assert isinstance(final, Result) and final.total == 2  # the samples only
    assert ahead <= 2  # of 8; in practice the one in hand

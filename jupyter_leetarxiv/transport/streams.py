"""One submission's events, on their way from a judging thread to the coroutine that awaits them.

Both dispatchers learn of events in some other thread (a pool thread, or the thread that owns the
RabbitMQ connection) and hand each one to the event loop with
``loop.call_soon_threadsafe(stream.put, event, seq)``; everything else happens on the loop.

Delivery is exactly once even though judging is at least once. Each event of a judge's stream
carries its sequence number (0 for the first). A submission judged twice (its worker died, the
broker restarted, a publish confirm was lost) replays from 0, and the stream takes only the event
whose number comes next: the client sees tests 1-3 from the worker that died, 4-10 from the one
that finished, and one result. A final event also passes over a gap (see ``put``). Once a final
event has passed, nothing more does. Events without a
number come from the dispatcher or a worker rather than the judge (cancelled, rejected) and end
the stream whenever they arrive.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from jupyter_leetarxiv.core.wire import Event, is_final


class EventStream:
    def __init__(self, submission: str) -> None:
        self.submission = submission
        self.finished = False
        self._next_seq = 0
        self._queue: asyncio.Queue[Event] = asyncio.Queue()

    def put(self, event: Event, seq: int | None = None) -> None:
        """Pass ``event`` on if the stream is open and it is the next one, unnumbered, or final.

        A final event passes over a gap: through RabbitMQ only final events are persistent, so
        a broker restart can lose progress events of a submission whose worker had finished it
        (transport/rabbitmq/messages.py), and its result must still arrive.
        """
        if self.finished:
            return
        in_turn = seq is None or seq == self._next_seq
        if not in_turn and not (is_final(event) and seq is not None and seq > self._next_seq):
            return
        if seq is not None:
            self._next_seq = seq + 1
        self.finished = is_final(event)
        self._queue.put_nowait(event)

    async def __aiter__(self) -> AsyncIterator[Event]:
        """Every event passed on, ending with the final one."""
        while True:
            event = await self._queue.get()
            yield event
            if is_final(event):
                return

"""Fan-out of a submission's events to everyone following it as they happen.

Each follower gets its own unbounded queue: an event is a few hundred bytes and a submission
has at most a few hundred of them, so a slow WebSocket can never stall the judge or the others.
Events carry their store sequence number, which lets a follower that replayed stored events
skip the live copies of ones it has already seen.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

LiveEvent = tuple[int, dict[str, Any]]
CLOSED: LiveEvent = (-1, {})  # no more events will come: the server is stopping


class LiveEvents:
    def __init__(self) -> None:
        self._followers: defaultdict[str, set[asyncio.Queue[LiveEvent]]] = defaultdict(set)

    def follow(self, submission_id: str) -> asyncio.Queue[LiveEvent]:
        queue: asyncio.Queue[LiveEvent] = asyncio.Queue()
        self._followers[submission_id].add(queue)
        return queue

    def unfollow(self, submission_id: str, queue: asyncio.Queue[LiveEvent]) -> None:
        followers = self._followers.get(submission_id)
        if followers is None:
            return
        followers.discard(queue)
        if not followers:
            del self._followers[submission_id]

    def publish(self, submission_id: str, seq: int, event: dict[str, Any]) -> None:
        for queue in self._followers.get(submission_id, ()):
            queue.put_nowait((seq, event))

    def close(self) -> None:
        """Tell every follower that nothing more will come (the server is stopping)."""
        for followers in self._followers.values():
            for queue in followers:
                queue.put_nowait(CLOSED)

    def followers(self, submission_id: str) -> int:
        return len(self._followers.get(submission_id, ()))

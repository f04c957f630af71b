"""Who is judged first: sample runs before full submissions, a user's first before their tenth.

One rule serves every dispatcher, so a classroom behaves the same with or without a broker. A
submission's priority is fixed when it is queued, from two things the dispatcher knows then: its
mode, and how many of the same user's submissions are still unfinished (the user's backlog).
Through RabbitMQ it is the message priority on a queue declared with ``x-max-priority``; the
embedded pool orders its heap the same way. Within one priority, first come, first served.

A user who queues 30 submissions gets priorities 4, 3, 2, 1, 0, 0, ...; another user's single
submission gets 4 and overtakes all of them but the first. A sample run (mode ``run``) is what a
student waits for at the notebook, so every run outranks every full submission.

The backlog is what one dispatcher sees. Several Jupyter servers sharing one broker each apply
the rule to their own users; a user is normally served by one of them.
"""

from __future__ import annotations

from collections import Counter

from jupyter_leetarxiv.core.wire import Mode

LEVELS = 5  # priorities within a mode: a backlog of 0, 1, 2, 3, and 4 or more
MAX_PRIORITY = 2 * LEVELS - 1  # RabbitMQ advises at most 10 levels per queue


def priority(mode: Mode, backlog: int) -> int:
    """0 (last) to MAX_PRIORITY (first): the mode's band, lowered by the user's backlog."""
    band = LEVELS if mode is Mode.RUN else 0
    return band + LEVELS - 1 - min(max(backlog, 0), LEVELS - 1)


class Backlog:
    """Unfinished submissions per user. Used from the dispatcher's event loop only."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()

    def add(self, user: str) -> int:
        """Count one more submission of ``user``; return how many were unfinished before it."""
        before = self._counts[user]
        self._counts[user] = before + 1
        return before

    def done(self, user: str) -> None:
        self._counts[user] -= 1
        if self._counts[user] <= 0:
            del self._counts[user]

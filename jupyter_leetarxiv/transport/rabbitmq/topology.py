"""The queues and exchanges the judge uses on a broker, their names and their declaration.

Everything is named under one prefix (default ``leetarxiv``) so several judges, or test runs, can
share a broker or vhost without meeting. Clients and workers both declare the whole topology on
every connect; declaring is idempotent, so whichever starts first creates it and a broker that
lost it (a reset, a new node) gets it back.

- ``<prefix>.submissions``: durable, persistent messages, ``x-max-priority`` for the fairness
  rule (transport/fairness.py). Anything rejected without requeue goes to the dead-letter
  exchange.
- ``<prefix>.dead-letter`` (fanout) → ``<prefix>.dead-letters``: messages no worker will judge,
  with the reason in the ``x-leetarxiv-reason`` header; bounded so a flood cannot fill the disk.
- ``<prefix>.status`` (fanout): worker heartbeats, for whoever listens (``leetarxiv worker
  --status``, a monitor).
- ``<prefix>.control`` (fanout): requests to every worker: cancel a submission, report now.
- ``<prefix>.replies.<client>``: one per client process; see ``declare_reply_queue``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jupyter_leetarxiv.transport.fairness import MAX_PRIORITY

DEAD_LETTERS_MAX = 100_000  # oldest dropped first beyond this


@dataclass(frozen=True)
class Topology:
    prefix: str = "leetarxiv"

    @property
    def submissions(self) -> str:
        return f"{self.prefix}.submissions"

    @property
    def dead_letter_exchange(self) -> str:
        return f"{self.prefix}.dead-letter"

    @property
    def dead_letters(self) -> str:
        return f"{self.prefix}.dead-letters"

    @property
    def status_exchange(self) -> str:
        return f"{self.prefix}.status"

    @property
    def control_exchange(self) -> str:
        return f"{self.prefix}.control"

    def reply_queue(self, client: str) -> str:
        return f"{self.prefix}.replies.{client}"

    def is_reply_queue(self, name: str) -> bool:
        """Whether a worker may publish to ``name``: a reply queue, never one of ours."""
        return name.startswith(f"{self.prefix}.replies.")

    @property
    def queues(self) -> tuple[str, ...]:
        return (self.submissions, self.dead_letters)

    @property
    def exchanges(self) -> tuple[str, ...]:
        return (self.dead_letter_exchange, self.status_exchange, self.control_exchange)


def declare(channel: Any, topology: Topology) -> None:
    """Create (or confirm) every shared queue and exchange on ``channel``."""
    for exchange in topology.exchanges:
        channel.exchange_declare(exchange, exchange_type="fanout", durable=True)
    channel.queue_declare(
        topology.dead_letters,
        durable=True,
        arguments={"x-max-length": DEAD_LETTERS_MAX},
    )
    channel.queue_bind(topology.dead_letters, topology.dead_letter_exchange)
    channel.queue_declare(
        topology.submissions,
        durable=True,
        arguments={
            "x-max-priority": MAX_PRIORITY,
            "x-dead-letter-exchange": topology.dead_letter_exchange,
        },
    )


def declare_reply_queue(channel: Any, name: str, expires: float) -> None:
    """A client's reply queue: durable, so events outlive a broker restart, and deleted by the
    broker ``expires`` seconds after its client stops consuming, so a crashed client leaves
    nothing behind. Not exclusive, so the client finds it again under the same name after a
    reconnect, events included; only the server and the workers hold broker credentials."""
    channel.queue_declare(name, durable=True, arguments={"x-expires": int(expires * 1000)})

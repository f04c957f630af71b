"""Worker heartbeats and what the broker holds: what ``leetarxiv worker --status`` shows.

Each worker publishes a heartbeat to the status exchange every few seconds and whenever a
``ping`` arrives on the control exchange. A reader binds a private queue to the status exchange,
pings, and listens briefly: every live worker answers at once, a dead one stays silent, and the
broker's own figures give the depth of the submissions and dead-letter queues.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from typing import Any

import pika

from jupyter_leetarxiv.transport.rabbitmq.messages import JSON, Control
from jupyter_leetarxiv.transport.rabbitmq.topology import Topology, declare


@dataclass(frozen=True)
class WorkerStatus:
    worker: str
    host: str
    pid: int
    concurrency: int
    running: int  # submissions being judged now
    judged: int  # submissions finished since the worker started
    started: float  # Unix time
    sent: float  # Unix time of this heartbeat

    def encode(self) -> bytes:
        return json.dumps(asdict(self)).encode()

    @classmethod
    def decode(cls, body: bytes) -> WorkerStatus:
        data = json.loads(body)
        return cls(
            worker=str(data["worker"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            concurrency=int(data["concurrency"]),
            running=int(data["running"]),
            judged=int(data["judged"]),
            started=float(data["started"]),
            sent=float(data["sent"]),
        )


@dataclass(frozen=True)
class QueueDepth:
    queue: str
    messages: int  # waiting; those in a worker's hands are counted by the workers (running)
    consumers: int


@dataclass(frozen=True)
class BrokerStatus:
    queues: list[QueueDepth]
    workers: list[WorkerStatus]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def publish_heartbeat(channel: Any, topology: Topology, status: WorkerStatus, ttl: float) -> None:
    """Heartbeats expire after ``ttl`` seconds: an old one says nothing about a worker now."""
    channel.basic_publish(
        topology.status_exchange,
        "",
        status.encode(),
        pika.BasicProperties(content_type=JSON, expiration=str(int(ttl * 1000))),
    )


def read_status(url: str, topology: Topology, listen: float = 1.0) -> BrokerStatus:
    """Queue depths now, and every worker that answers a ping within ``listen`` seconds."""
    connection = pika.BlockingConnection(pika.URLParameters(url))
    try:
        channel = connection.channel()
        declare(channel, topology)
        queues = [_depth(channel, name) for name in topology.queues]
        inbox = channel.queue_declare("", exclusive=True).method.queue
        channel.queue_bind(inbox, topology.status_exchange)
        channel.basic_publish(topology.control_exchange, "", Control("ping").encode())
        workers: dict[str, WorkerStatus] = {}
        deadline = time.monotonic() + listen
        for method, _, body in channel.consume(inbox, auto_ack=True, inactivity_timeout=listen):
            if method is not None:
                try:
                    status = WorkerStatus.decode(body)
                except (ValueError, KeyError, TypeError):
                    continue  # not a heartbeat; say nothing of it
                workers[status.worker] = status
            if time.monotonic() >= deadline:
                break
        channel.cancel()
    finally:
        connection.close()
    return BrokerStatus(queues=queues, workers=sorted(workers.values(), key=lambda w: w.worker))


def _depth(channel: Any, queue: str) -> QueueDepth:
    method = channel.queue_declare(queue, passive=True).method
    return QueueDepth(queue=queue, messages=method.message_count, consumers=method.consumer_count)

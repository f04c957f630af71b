"""Worker: take submissions from the broker, judge ``concurrency`` at a time, publish the events.

The thread that calls ``run()`` owns the connection (ConnectionLoop); judging happens in a pool
of ``concurrency`` threads, which hand every event back to the connection thread to publish. The
broker gives a worker at most ``concurrency`` unacked submissions (``basic_qos`` prefetch), so
the rest wait in the broker, where priorities apply and any worker can take them.

Acknowledgement is the commit point. A submission is acked only after its final event has been
published and confirmed by the broker, so a worker that dies (kill -9, a lost host, a broker
restart) at any moment before that leaves the submission to be delivered again, to it or to
another worker, and judged from the start; the client keeps one copy of each event.

Bounded retries: a submission that comes back redelivered is published again with its delivery
count raised (``x-leetarxiv-deliveries``) rather than judged, and after ``MAX_DELIVERIES`` it is
dead-lettered: a submission that takes workers down with it must not do so forever.

Messages no worker can judge (not JSON, an unknown major wire version, breaking the schema, a
source over the limit, a problem or language this worker's catalog lacks) are published to the
dead-letter exchange with the reason in the ``x-leetarxiv-reason`` header, answered with an
``error`` event when the message names a reply queue, and acked. The worker carries on. Workers
of one judge must serve the same problems and languages.

Events go to the client's reply queue through the default exchange without ``mandatory``: if the
client is gone and its queue with it, the broker drops the event and the worker never notices.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from jupyter_leetarxiv.core.catalog import Catalog, CatalogError
from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.core.problem import ProblemError
from jupyter_leetarxiv.core.requests import handle_request
from jupyter_leetarxiv.core.wire import (
    Error,
    Event,
    Result,
    SubmissionRequest,
    WireError,
    is_final,
    prepare_validation,
)
from jupyter_leetarxiv.sandbox import Sandbox
from jupyter_leetarxiv.transport.rabbitmq.connection import Backoff, ConnectionLoop
from jupyter_leetarxiv.transport.rabbitmq.messages import (
    DELIVERIES_HEADER,
    REASON_HEADER,
    Control,
    RejectedError,
    claimed_id,
    decode_submission,
    encode_event,
    event_properties,
    header,
    with_headers,
)
from jupyter_leetarxiv.transport.rabbitmq.status import WorkerStatus, publish_heartbeat
from jupyter_leetarxiv.transport.rabbitmq.topology import Topology, declare

log = logging.getLogger(__name__)

MAX_DELIVERIES = 5
REMEMBERED_CANCELS = 10_000  # cancelled ids kept to skip their messages when they come


@dataclass
class _Job:
    request: SubmissionRequest
    token: str  # the client's correlation id for this submit
    delivery_tag: int
    generation: int  # the connection the message came on: only it can ack it
    reply_to: str | None
    started: float = field(default_factory=time.monotonic)
    cancelled: threading.Event = field(default_factory=threading.Event)  # by the client
    lost: threading.Event = field(default_factory=threading.Event)  # with the connection

    def stopped(self) -> bool:
        return self.cancelled.is_set() or self.lost.is_set()


class Worker:
    """Judge the submissions queued at ``url`` until ``stop()``."""

    def __init__(
        self,
        url: str,
        catalog: Catalog,
        sandbox: Sandbox,
        *,
        topology: Topology | None = None,
        concurrency: int = 1,
        heartbeat: float = 5.0,
        drain_timeout: float = 120.0,
        backoff: Backoff | None = None,
        compile_cache: CompileCache | None = None,
    ) -> None:
        self.catalog = catalog
        self.sandbox = sandbox
        self.compile_cache = compile_cache  # None: compile every submission
        self.topology = topology or Topology()
        self.concurrency = max(concurrency, 1)
        self.heartbeat = heartbeat
        self.drain_timeout = drain_timeout
        self.host = socket.gethostname()
        self.id = f"{self.host}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.started = time.time()
        self.judged = 0
        self._pool = ThreadPoolExecutor(self.concurrency, thread_name_prefix="leetarxiv-judge")
        self._connection = ConnectionLoop(
            url,
            on_connect=self._on_connect,
            on_lost=self._on_lost,
            on_tick=self._on_tick,
            backoff=backoff,
        )
        # Connection thread only, from here on.
        self._jobs: dict[int, _Job] = {}  # by delivery tag
        self._cancelled: OrderedDict[str, None] = OrderedDict()
        self._consumer: str | None = None
        self._next_heartbeat = 0.0
        self._drain_deadline: float | None = None
        self._draining = threading.Event()

    def run(self) -> None:
        """Serve until ``stop()``; returns once the submissions in hand are done."""
        prepare_validation()  # before consuming: the first submission must not wait for it
        try:
            self._connection.run()
        finally:
            for job in self._jobs.values():
                job.lost.set()  # unacked: the broker gives them to another worker
            self._pool.shutdown(wait=True, cancel_futures=True)

    def stop(self) -> None:
        """Finish the submissions in hand, take no more, return from ``run()``.

        Only sets flags, so it is safe in a signal handler; the connection thread acts on them.
        """
        self._draining.set()
        if not self._connection.connected.is_set():
            self._connection.request_stop()  # nothing in hand: no need to wait for a broker

    # Everything below runs on the connection thread, except _judge and _send (pool threads).

    def _on_connect(self, channel: Any) -> None:
        declare(channel, self.topology)
        channel.confirm_delivery()
        channel.basic_qos(prefetch_count=self.concurrency)
        control = channel.queue_declare("", exclusive=True).method.queue
        channel.queue_bind(control, self.topology.control_exchange)
        channel.basic_consume(control, self._on_control, auto_ack=True)
        if not self._draining.is_set():
            self._consumer = channel.basic_consume(self.topology.submissions, self._on_submission)
        self._send_heartbeat(channel)

    def _on_lost(self, error: BaseException) -> None:
        for job in self._jobs.values():
            job.lost.set()
        self._jobs.clear()
        self._consumer = None

    def _on_tick(self, channel: Any) -> None:
        now = time.monotonic()
        if now >= self._next_heartbeat:
            self._send_heartbeat(channel)
        if self._draining.is_set():
            self._drain(channel, now)

    def _drain(self, channel: Any, now: float) -> None:
        if self._consumer is not None:
            channel.basic_cancel(self._consumer)
            self._consumer = None
            self._drain_deadline = now + self.drain_timeout
            log.info("stopping: finishing %d submission(s) in hand", len(self._jobs))
        if not self._jobs or (self._drain_deadline is not None and now > self._drain_deadline):
            self._connection.request_stop()

    def _on_submission(self, channel: Any, method: Any, properties: Any, body: bytes) -> None:
        reply_to = properties.reply_to
        if not (reply_to and self.topology.is_reply_queue(reply_to)):
            reply_to = None
        try:
            request = decode_submission(body)
            self._admit(request)
        except RejectedError as exc:
            self._dead_letter(channel, method, properties, body, str(exc), reply_to)
            return
        token = str(properties.correlation_id or request.id)
        if token in self._cancelled:
            channel.basic_ack(method.delivery_tag)
            return
        if method.redelivered:
            self._retry(channel, method, properties, body, reply_to)
            return
        job = _Job(request, token, method.delivery_tag, self._connection.generation, reply_to)
        self._jobs[job.delivery_tag] = job
        self._pool.submit(self._judge, job)

    def _admit(self, request: SubmissionRequest) -> None:
        """RejectedError unless this worker knows the request's problem and language."""
        try:
            self.catalog.problem(request.problem)
            self.catalog.language(request.language)
        except (CatalogError, ProblemError) as exc:
            raise RejectedError(str(exc)) from exc

    def _retry(
        self, channel: Any, method: Any, properties: Any, body: bytes, reply_to: str | None
    ) -> None:
        """Requeue a redelivered submission with its count raised, or dead-letter it."""
        deliveries = header(properties, DELIVERIES_HEADER)
        count = deliveries if isinstance(deliveries, int) else 1
        if count >= MAX_DELIVERIES:
            reason = f"delivered {count} times without finishing (workers died or lost the broker)"
            self._dead_letter(channel, method, properties, body, reason, reply_to)
            return
        again = with_headers(properties, {DELIVERIES_HEADER: count + 1})
        channel.basic_publish("", self.topology.submissions, body, again)
        channel.basic_ack(method.delivery_tag)

    def _dead_letter(
        self,
        channel: Any,
        method: Any,
        properties: Any,
        body: bytes,
        reason: str,
        reply_to: str | None,
    ) -> None:
        submission = claimed_id(body)
        log.warning("dead-lettered submission %s: %s", submission or "(no id)", reason)
        marked = with_headers(properties, {REASON_HEADER: reason, "x-leetarxiv-worker": self.id})
        channel.basic_publish(
            self.topology.dead_letter_exchange, self.topology.submissions, body, marked
        )
        if reply_to is not None:
            error = Error(submission=submission, message=f"not judged: {reason}")
            token = str(properties.correlation_id or submission)
            properties = event_properties(token, None, final=True)
            channel.basic_publish("", reply_to, encode_event(error), properties)
        channel.basic_ack(method.delivery_tag)

    def _on_control(self, channel: Any, method: Any, properties: Any, body: bytes) -> None:
        try:
            control = Control.decode(body)
        except WireError:
            return
        if control.action == "ping":
            self._send_heartbeat(channel)
        elif control.action == "cancel":
            self._cancelled[control.token] = None
            while len(self._cancelled) > REMEMBERED_CANCELS:
                self._cancelled.popitem(last=False)
            for job in self._jobs.values():
                if job.token == control.token:
                    job.cancelled.set()

    def _send_heartbeat(self, channel: Any) -> None:
        status = WorkerStatus(
            worker=self.id,
            host=self.host,
            pid=os.getpid(),
            concurrency=self.concurrency,
            running=len(self._jobs),
            judged=self.judged,
            started=self.started,
            sent=time.time(),
        )
        publish_heartbeat(channel, self.topology, status, ttl=3 * self.heartbeat)
        self._next_heartbeat = time.monotonic() + self.heartbeat

    def _judge(self, job: _Job) -> None:
        """On a pool thread: the events of one submission, each handed over as it comes."""
        events = handle_request(job.request, self.catalog, self.sandbox, self.compile_cache)
        try:
            for seq, event in enumerate(events):
                if job.stopped():
                    break
                self._send(job, event, seq)
                if is_final(event):
                    return
            else:
                raise RuntimeError("the judge ended without a final event")
        except Exception as exc:  # a judge bug must cost one submission, not the worker
            log.exception("judging %s failed", job.request.id)
            self._send(job, Error(submission=job.request.id, message=f"judge failed: {exc}"))
            return
        finally:
            events.close()
        if job.cancelled.is_set() and not job.lost.is_set():
            self._send(job, Error(submission=job.request.id, message="cancelled"))

    def _send(self, job: _Job, event: Event, seq: int | None = None) -> None:
        publish = partial(self._publish, job, event, seq)
        if not self._connection.call(publish, generation=job.generation):
            job.lost.set()

    def _publish(self, job: _Job, event: Event, seq: int | None, channel: Any) -> None:
        if job.reply_to is not None:
            properties = event_properties(job.token, seq, final=is_final(event))
            channel.basic_publish("", job.reply_to, encode_event(event), properties)
        if is_final(event):
            channel.basic_ack(job.delivery_tag)
            self._jobs.pop(job.delivery_tag, None)
            self.judged += 1
            log.info("judged %s: %s", job.request.id, _outcome(event, job))


def _outcome(event: Event, job: _Job) -> str:
    took = f"{time.monotonic() - job.started:.2f} s"
    if isinstance(event, Result):
        return f"{event.verdict.value} {event.passed}/{event.total} in {took}"
    if isinstance(event, Error):
        return f"error ({event.message}) in {took}"
    return f"{event.type} in {took}"

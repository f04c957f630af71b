"""RabbitDispatcher: submit to the workers through RabbitMQ, receive their events, from asyncio.

One connection per dispatcher, owned by one thread (ConnectionLoop); the event loop never blocks
on the broker. Submissions are published persistent, with publisher confirms, to the shared
submissions queue, with ``reply_to`` naming this process's reply queue and ``correlation_id`` a
token drawn for this submit, by which each event is routed to the coroutine waiting on it.

What survives what:

- Broker restart: the connection comes back (with backoff), the reply queue is found again
  under the same name (it is durable), and every submission the broker had not confirmed is
  published again. Confirmed ones are on disk in the durable queue.
- Worker death: the broker hands the unacked submission to another worker, which judges it from
  the start. Submissions are judged at least once and delivered exactly once: events carry
  their sequence number and the stream takes each number once (transport/streams.py), so a
  second ``result`` for a finished submission is never seen.
- This process's death: nothing is left behind for long; the reply queue expires
  (``reply_expiry``) and workers publishing to it after that are not harmed.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
import time
import uuid
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import pika
import pika.exceptions

from jupyter_leetarxiv.core.wire import Error, Event, Queued, SubmissionRequest, WireError
from jupyter_leetarxiv.transport.base import Dispatcher, DispatcherClosedError
from jupyter_leetarxiv.transport.fairness import Backlog, priority
from jupyter_leetarxiv.transport.rabbitmq.connection import Backoff, ConnectionLoop, redact
from jupyter_leetarxiv.transport.rabbitmq.messages import (
    JSON,
    SEQ_HEADER,
    Control,
    decode_event,
    encode_submission,
    header,
    submission_properties,
)
from jupyter_leetarxiv.transport.rabbitmq.topology import Topology, declare, declare_reply_queue
from jupyter_leetarxiv.transport.streams import EventStream

log = logging.getLogger(__name__)

ACK_EVENTS = 64  # events acked with one frame, at most
ACK_SECONDS = 0.2  # and at least this often while there are any


class BrokerUnavailableError(ConnectionError):
    """The broker could not be reached when the dispatcher started."""


@dataclass
class _Outgoing:
    """A submission the broker has not confirmed yet; published again after each reconnect."""

    token: str
    body: bytes
    properties: pika.BasicProperties
    done: concurrent.futures.Future[str | None] = field(default_factory=concurrent.futures.Future)

    def resolve(self, refusal: str | None = None) -> None:
        """Confirmed (None), refused by the broker, or withdrawn: in every case, stop waiting."""
        with contextlib.suppress(concurrent.futures.InvalidStateError):  # resolved, or no waiter
            self.done.set_result(refusal)


class RabbitDispatcher(Dispatcher):
    """Judge through the workers behind the broker at ``url`` (``amqp://user:pass@host/vhost``)."""

    def __init__(
        self,
        url: str,
        topology: Topology | None = None,
        *,
        connect_timeout: float = 10.0,
        reply_expiry: float = 300.0,
        backoff: Backoff | None = None,
    ) -> None:
        self.url = url
        self.topology = topology or Topology()
        self.connect_timeout = connect_timeout
        self.reply_expiry = reply_expiry
        self.reply_queue = self.topology.reply_queue(uuid.uuid4().hex)
        self._connection = ConnectionLoop(
            url,
            on_connect=self._on_connect,
            on_lost=self._on_lost,
            on_tick=self._ack_events,
            on_stop=self._on_stop,
            backoff=backoff,
        )
        # Connection thread only: delivery tags (they count up on a channel) of the newest event
        # handed over and of the newest acked, and when the last ack went.
        self._event_tag = self._acked_tag = 0
        self._acked_at = time.monotonic()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._outbox: dict[str, _Outgoing] = {}  # both threads, under _outbox_lock
        self._outbox_lock = threading.Lock()
        self._streams: dict[str, EventStream] = {}  # by token; loop only
        self._tokens: dict[str, str] = {}  # submission id -> token; loop only
        self._backlog = Backlog()
        self._closed = False

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        # A daemon thread, so a dispatcher nobody closed cannot keep the process alive.
        self._thread = threading.Thread(
            target=self._connection.run, name="leetarxiv-dispatcher", daemon=True
        )
        self._thread.start()
        connected = await asyncio.to_thread(self._connection.connected.wait, self.connect_timeout)
        if not connected:
            await self.close()
            raise BrokerUnavailableError(
                f"cannot reach the broker at {redact(self.url)}: {self._connection.last_error!r}"
            )

    async def submit(self, request: SubmissionRequest) -> AsyncGenerator[Event, None]:
        if self._loop is None or self._closed:
            raise DispatcherClosedError("the dispatcher is not running")
        if request.id in self._tokens:
            raise ValueError(f"submission {request.id} is already in flight")
        body = encode_submission(request)
        token = uuid.uuid4().hex
        backlog = self._backlog.add(request.user)
        properties = submission_properties(token, priority(request.mode, backlog), self.reply_queue)
        self._tokens[request.id] = token
        stream = self._streams[token] = EventStream(request.id)
        outgoing = _Outgoing(token, body, properties)
        try:
            with self._outbox_lock:
                self._outbox[token] = outgoing
            self._connection.call(self._publish_outbox)
            refusal = await asyncio.wrap_future(outgoing.done)
            if refusal is not None:
                stream.put(Error(submission=request.id, message=refusal))
            else:  # first, even if a worker's answer came before the broker's confirm
                yield Queued(submission=request.id)
            async for event in stream:
                yield event
        finally:
            del self._streams[token], self._tokens[request.id]
            self._backlog.done(request.user)
            if not stream.finished:  # the caller stopped listening: nobody wants the rest
                self._abandon(token)

    async def cancel(self, submission_id: str) -> bool:
        token = self._tokens.get(submission_id)
        if token is None or self._streams[token].finished:
            return False
        self._streams[token].put(Error(submission=submission_id, message="cancelled"))
        self._abandon(token)
        return True

    async def close(self) -> None:
        """Cancel what is unfinished, delete the reply queue, disconnect."""
        if self._closed:
            return
        self._closed = True
        for token, stream in self._streams.items():
            if not stream.finished:
                stream.put(Error(submission=stream.submission, message="the dispatcher was closed"))
                self._abandon(token)
        self._connection.stop()
        if self._thread is not None:
            await asyncio.to_thread(self._thread.join)

    def _abandon(self, token: str) -> None:
        """Withdraw a submission if unconfirmed, and ask the workers to drop it."""
        with self._outbox_lock:
            outgoing = self._outbox.pop(token, None)
        if outgoing is not None:
            outgoing.resolve()
        self._connection.call(partial(self._broadcast, Control("cancel", token)))

    # Everything below runs on the connection thread.

    def _on_connect(self, channel: Any) -> None:
        declare(channel, self.topology)
        declare_reply_queue(channel, self.reply_queue, self.reply_expiry)
        channel.confirm_delivery()
        channel.basic_consume(self.reply_queue, self._on_event)
        self._publish_outbox(channel)

    def _on_stop(self, channel: Any) -> None:
        self._ack_events(channel, now=True)
        channel.queue_delete(self.reply_queue)

    def _on_lost(self, error: BaseException) -> None:
        self._event_tag = self._acked_tag = 0  # a new channel numbers its deliveries from 1

    def _ack_events(self, channel: Any, *, now: bool = False) -> None:
        """Ack the events handed over so far with one frame, every ACK_EVENTS events or
        ACK_SECONDS (this runs after each pass of the loop, and at least every tick).

        An ack per event was nearly half of this thread's work. Events are acked only after
        they reach the event loop, so a connection lost before the ack brings them again, and
        the stream takes each sequence number once.
        """
        unacked = self._event_tag - self._acked_tag
        if unacked == 0:
            return
        if now or unacked >= ACK_EVENTS or time.monotonic() - self._acked_at >= ACK_SECONDS:
            channel.basic_ack(self._event_tag, multiple=True)
            self._acked_tag = self._event_tag
            self._acked_at = time.monotonic()

    def _publish_outbox(self, channel: Any) -> None:
        """Publish every unconfirmed submission; each publish waits for the broker's confirm."""
        with self._outbox_lock:
            waiting = list(self._outbox.values())
        for outgoing in waiting:
            with self._outbox_lock:
                if outgoing.token not in self._outbox:
                    continue  # confirmed by an earlier call, or withdrawn
            try:
                channel.basic_publish(
                    "",
                    self.topology.submissions,
                    outgoing.body,
                    outgoing.properties,
                    mandatory=True,
                )
                refusal = None
            except pika.exceptions.UnroutableError:
                refusal = f"the broker has no queue {self.topology.submissions!r}"
            except pika.exceptions.NackError:
                refusal = "the broker refused the submission"
            with self._outbox_lock:
                self._outbox.pop(outgoing.token, None)
            outgoing.resolve(refusal)

    def _on_event(self, channel: Any, method: Any, properties: Any, body: bytes) -> None:
        try:
            event = decode_event(body)
        except WireError as exc:
            log.warning("dropped a message in the reply queue that is not an event: %s", exc)
        else:
            seq = header(properties, SEQ_HEADER)
            self._hand_over(properties.correlation_id, event, seq if isinstance(seq, int) else None)
        self._event_tag = method.delivery_tag  # acked by _ack_events

    def _hand_over(self, token: str, event: Event, seq: int | None) -> None:
        assert self._loop is not None
        with contextlib.suppress(RuntimeError):  # the event loop is closed: nobody is waiting
            self._loop.call_soon_threadsafe(self._deliver, token, event, seq)

    def _deliver(self, token: str, event: Event, seq: int | None) -> None:
        """On the event loop: to the submission's stream, if anyone still waits for it."""
        stream = self._streams.get(token)
        if stream is not None:
            stream.put(event, seq)

    def _broadcast(self, control: Control, channel: Any) -> None:
        channel.basic_publish(
            self.topology.control_exchange,
            "",
            control.encode(),
            pika.BasicProperties(content_type=JSON),
        )

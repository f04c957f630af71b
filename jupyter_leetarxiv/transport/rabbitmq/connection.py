"""One pika connection, owned by one thread, that comes back after the broker does.

pika is not thread-safe: a BlockingConnection and its channels may only be touched by the thread
that opened it. ConnectionLoop is that thread's loop (connect, set up, serve; on any connection
error wait, doubling the wait up to a cap, and connect again) and the only door for other
threads: ``call(fn)`` runs ``fn(channel)`` on the loop thread through pika's one thread-safe
method, ``add_callback_threadsafe``.

A call runs on the connection that was open when it was made, or not at all. Delivery tags,
consumers and unconfirmed publishes die with their connection, so work queued for a dead one is
dropped and each owner redoes what matters in ``on_connect``: the client republishes what the
broker had not confirmed, and the broker redelivers what a worker had not acked.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pika
import pika.exceptions

log = logging.getLogger(__name__)

ChannelFn = Callable[[Any], None]
# What a lost connection looks like: pika's errors, and the socket's own when pika lets one by.
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (pika.exceptions.AMQPError, OSError)


@dataclass(frozen=True)
class Backoff:
    """Seconds to wait before each reconnection attempt: first, doubled each time, up to cap."""

    first: float = 0.5
    cap: float = 8.0

    def delays(self) -> Iterator[float]:
        delay = self.first
        while True:
            yield delay
            delay = min(delay * 2, self.cap)


def redact(url: str) -> str:
    """``url`` without its password, fit for logs and error messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class ConnectionLoop:
    """Run with ``run()`` in the thread that is to own the connection; ``stop()`` from anywhere.

    ``on_connect(channel)`` sets up each new connection (declare, consume, republish);
    ``on_lost(error)`` is told when one dies; ``on_tick(channel)`` runs at least every ``tick``
    seconds while connected; ``on_stop(channel)`` runs once, connected, when ``stop()`` ends
    the loop. All of them run on the loop thread.
    """

    def __init__(
        self,
        url: str,
        *,
        on_connect: ChannelFn,
        on_lost: Callable[[BaseException], None] | None = None,
        on_tick: ChannelFn | None = None,
        on_stop: ChannelFn | None = None,
        tick: float = 0.5,
        backoff: Backoff | None = None,
    ) -> None:
        self.url = url
        self._parameters = pika.URLParameters(url)
        self._on_connect = on_connect
        self._on_lost = on_lost
        self._on_tick = on_tick
        self._on_stop = on_stop
        self._tick = tick
        self._backoff = backoff or Backoff()
        self._lock = threading.Lock()  # guards _connection, _channel and generation together
        self._connection: Any = None
        self._channel: Any = None
        self.generation = 0  # counts connections; a call names the one it was made for
        self.connected = threading.Event()
        self.last_error: BaseException | None = None
        self._stopping = threading.Event()

    def run(self) -> None:
        delays = self._backoff.delays()
        while not self._stopping.is_set():
            try:
                connection = pika.BlockingConnection(self._parameters)
            except CONNECTION_ERRORS as exc:
                self._wait_after(exc, next(delays))
                continue
            try:
                self._attach(connection)
                delays = self._backoff.delays()
                self._serve(connection)
            except CONNECTION_ERRORS as exc:
                self._detach(connection)
                if self._on_lost is not None:
                    self._on_lost(exc)
                self._wait_after(exc, next(delays))
            else:
                self._detach(connection)

    def request_stop(self) -> None:
        """End the loop at its next tick. Only sets a flag: safe anywhere, signal handlers too."""
        self._stopping.set()

    def stop(self) -> None:
        """End the loop now (thread-safe, but not for signal handlers: see request_stop)."""
        self.request_stop()
        self.call(lambda channel: None)  # wake the loop rather than wait for its tick

    def call(self, fn: ChannelFn, generation: int | None = None) -> bool:
        """Run ``fn(channel)`` on the loop thread, on the current connection, or on connection
        ``generation`` only. False if it surely won't run (no such connection now)."""
        with self._lock:
            connection, current = self._connection, self.generation
        if connection is None or generation not in (None, current):
            return False

        def on_loop() -> None:
            if self.generation == current and self._channel is not None:
                self._guarded(fn)

        try:
            connection.add_callback_threadsafe(on_loop)
        except CONNECTION_ERRORS:
            return False
        return True

    def _attach(self, connection: Any) -> None:
        channel = connection.channel()
        with self._lock:
            self.generation += 1
            self._connection, self._channel = connection, channel
        self._on_connect(channel)
        self.connected.set()
        log.info("connected to %s", redact(self.url))

    def _serve(self, connection: Any) -> None:
        while not self._stopping.is_set():
            connection.process_data_events(time_limit=self._tick)
            if self._on_tick is not None:
                self._guarded(self._on_tick)
        if self._on_stop is not None:
            self._guarded(self._on_stop)

    def _detach(self, connection: Any) -> None:
        self.connected.clear()
        with self._lock:
            self._connection = self._channel = None
        if connection.is_open:
            with contextlib.suppress(*CONNECTION_ERRORS):
                connection.close()

    def _guarded(self, fn: ChannelFn) -> None:
        """Run ``fn`` on the channel; a connection error ends the connection, a bug is logged
        and must not take the connection (and every submission on it) down."""
        try:
            fn(self._channel)
        except CONNECTION_ERRORS:
            raise
        except Exception:
            log.exception("error in a broker callback")

    def _wait_after(self, error: BaseException, delay: float) -> None:
        self.last_error = error
        if not self._stopping.is_set():
            log.warning("broker %s: %r; retrying in %.1f s", redact(self.url), error, delay)
            self._stopping.wait(delay)

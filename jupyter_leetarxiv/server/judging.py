"""Getting every accepted submission judged: keep a dispatcher connected, record what it says.

A submission is stored before it is sent anywhere, so it survives a broker that is down, a
worker that dies and a server that restarts. The engine:

- connects a dispatcher in the background and keeps trying (with backoff) while the broker is
  unreachable; submissions accepted meanwhile wait here and are sent once it is up;
- records every event in the store, then hands it to live followers;
- ends a submission whose event stream fails in an ``error`` event. Dispatchers reconnect to
  their broker and redeliver by themselves, so a failed stream is a bug, not an outage, and
  judging it again would only fail again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from jupyter_leetarxiv.core.summary import Summary
from jupyter_leetarxiv.core.wire import (
    Error,
    Event,
    Queued,
    Result,
    SubmissionRequest,
    event_to_dict,
    is_final,
)
from jupyter_leetarxiv.server.live import LiveEvents
from jupyter_leetarxiv.server.store import DONE, FAILED, QUEUED, RUNNING, AsyncStore, Outcome
from jupyter_leetarxiv.transport import Dispatcher

DispatcherFactory = Callable[[], Dispatcher]

# Where a submission that is not finished waits (the "queue" field of the API).
WAITING_FOR_BROKER = "waiting for broker"
STARTING = "starting"


class Judging:
    def __init__(
        self,
        factory: DispatcherFactory,
        store: AsyncStore,
        live: LiveEvents,
        *,
        transport: str,
        log: logging.Logger,
        connect_delay: float = 0.5,
        max_connect_delay: float = 30.0,
    ) -> None:
        self.transport = transport  # "embedded" or "broker"
        self._factory = factory
        self._store = store
        self._live = live
        self._log = log
        self._connect_delay = connect_delay
        self._max_connect_delay = max_connect_delay
        self._dispatcher: Dispatcher | None = None
        self._connector: asyncio.Task[None] | None = None
        self._waiting: dict[str, SubmissionRequest] = {}  # accepted, no dispatcher to send to
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._progress: dict[str, Summary] = {}
        self._positions: dict[str, int] = {}
        self._confirmed: set[str] = set()  # got a ``queued`` event: the broker has them
        self._stopping = False

    def start(self) -> None:
        """Connect a dispatcher in the background; ``send`` works before it is connected."""
        self._connector = asyncio.create_task(self._connect())

    async def stop(self) -> None:
        """Stop judging; unfinished submissions stay in the store for the next start."""
        self._stopping = True
        pending = [task for task in (self._connector, *self._tasks.values()) if task is not None]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        if self._dispatcher is not None:
            await self._close(self._dispatcher)
            self._dispatcher = None

    def send(self, request: SubmissionRequest) -> None:
        """Judge a stored submission now, or as soon as there is a dispatcher."""
        if self._dispatcher is None:
            self._waiting[request.id] = request
        else:
            self._launch(self._dispatcher, request)

    def queue_state(self, submission_id: str) -> str:
        """Where an unfinished submission waits: sent (the transport's name), or not yet.

        A broker has it once it confirmed the publish (the dispatcher's ``queued`` event).
        """
        if self.transport == "broker":
            return "broker" if submission_id in self._confirmed else WAITING_FOR_BROKER
        return self.transport if submission_id in self._tasks else STARTING

    def position(self, submission_id: str) -> int | None:
        return self._positions.get(submission_id)

    def progress(self, submission_id: str) -> Summary | None:
        """What is known of a submission being judged: its compile step and tests so far."""
        return self._progress.get(submission_id)

    async def _connect(self) -> None:
        delay = self._connect_delay
        while True:
            dispatcher: Dispatcher | None = None
            try:
                dispatcher = self._factory()
                await dispatcher.start()
            except Exception as exc:  # an unreachable broker, whatever its client raises
                self._log.warning(
                    "leetarxiv: cannot start the %s dispatcher (%s); %d submission(s) wait; "
                    "retrying in %.1f s",
                    self.transport,
                    exc,
                    len(self._waiting),
                    delay,
                )
                if dispatcher is not None:
                    await self._close(dispatcher)
                await asyncio.sleep(delay)
                delay = min(delay * 2, self._max_connect_delay)
                continue
            break
        self._log.info("leetarxiv: %s dispatcher ready", self.transport)
        self._dispatcher = dispatcher
        waiting, self._waiting = self._waiting, {}
        for request in waiting.values():
            self._launch(dispatcher, request)

    def _launch(self, dispatcher: Dispatcher, request: SubmissionRequest) -> None:
        task = asyncio.create_task(self._judge(dispatcher, request))
        self._tasks[request.id] = task

        def forget(done: asyncio.Task[None]) -> None:
            if self._tasks.get(request.id) is done:
                del self._tasks[request.id]

        task.add_done_callback(forget)

    async def _judge(self, dispatcher: Dispatcher, request: SubmissionRequest) -> None:
        summary = self._progress[request.id] = Summary()
        try:
            stream = dispatcher.submit(request)
            try:
                async for event in stream:
                    await self._record(request.id, event, summary)
                    if is_final(event):
                        return
            finally:
                aclose = getattr(stream, "aclose", None)
                if aclose is not None:
                    await aclose()
            raise RuntimeError("the event stream ended before a final event")
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if not self._stopping:
                self._log.exception("leetarxiv: judging %s failed", request.id)
                failure = Error(submission=request.id, message=f"the judge failed: {exc}")
                await self._record(request.id, failure, summary)
        finally:
            if self._progress.get(request.id) is summary:
                del self._progress[request.id]
            self._positions.pop(request.id, None)
            self._confirmed.discard(request.id)

    async def _record(self, submission_id: str, event: Event, summary: Summary) -> None:
        summary.apply(event)
        data = event_to_dict(event)
        if isinstance(event, Queued):
            self._confirmed.add(submission_id)
            if event.position is not None:
                self._positions[submission_id] = event.position
            seq = await self._store.append_event(submission_id, data, QUEUED)
        elif is_final(event):
            result = event if isinstance(event, Result) else None
            outcome = Outcome(
                state=FAILED if isinstance(event, Error) else DONE,
                verdict=result.verdict.value if result is not None else None,
                score=result.score if result is not None else None,
                result=summary.to_dict(),
            )
            seq = await self._store.append_event(submission_id, data, outcome.state, outcome)
        else:
            self._positions.pop(submission_id, None)
            seq = await self._store.append_event(submission_id, data, RUNNING)
        self._live.publish(submission_id, seq, data)

    async def _close(self, dispatcher: Dispatcher) -> None:
        with contextlib.suppress(Exception):
            await dispatcher.close()

"""The embedded dispatcher: a pool of judging threads in this process, the default without a broker.

The judge is synchronous (it waits on sandboxed processes), so it runs in plain threads; each
event is handed to the event loop as soon as the judge yields it. Threads are enough: the work is
done by the sandboxed child processes, and the GIL is released while a thread waits on them.

Waiting submissions sit in a heap ordered by the shared fairness rule (``fairness.priority``),
first come first served within a priority. Cancelling a waiting submission removes it; a running
one stops at its next event, i.e. after the test in progress.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import os
import threading
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field

from jupyter_leetarxiv.core.catalog import Catalog
from jupyter_leetarxiv.core.compile_cache import CompileCache
from jupyter_leetarxiv.core.requests import handle_request
from jupyter_leetarxiv.core.wire import Error, Event, Queued, SubmissionRequest
from jupyter_leetarxiv.sandbox import Sandbox
from jupyter_leetarxiv.transport.base import Dispatcher, DispatcherClosedError
from jupyter_leetarxiv.transport.fairness import Backlog, priority
from jupyter_leetarxiv.transport.streams import EventStream

log = logging.getLogger(__name__)


@dataclass(order=True)
class _Job:
    key: tuple[int, int]  # (-priority, arrival): the heap's order
    request: SubmissionRequest = field(compare=False)
    stream: EventStream = field(compare=False)
    cancelled: threading.Event = field(compare=False, default_factory=threading.Event)


class EmbeddedDispatcher(Dispatcher):
    """Judge in ``workers`` threads of this process (default: one per CPU).

    With a ``compile_cache``, an unchanged source (a notebook cell run again) is not compiled
    again.
    """

    def __init__(
        self,
        catalog: Catalog,
        sandbox: Sandbox,
        workers: int | None = None,
        compile_cache: CompileCache | None = None,
    ) -> None:
        self.catalog = catalog
        self.sandbox = sandbox
        self.compile_cache = compile_cache
        self.workers = workers or os.cpu_count() or 1
        self._heap: list[_Job] = []
        self._ready = threading.Condition()
        self._stopping = False
        self._arrivals = itertools.count()
        self._threads: list[threading.Thread] = []
        self._jobs: dict[str, _Job] = {}  # loop only: submitted and not yet over
        self._backlog = Backlog()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        for n in range(self.workers):
            thread = threading.Thread(target=self._serve, name=f"leetarxiv-judge-{n}")
            thread.start()
            self._threads.append(thread)

    async def submit(self, request: SubmissionRequest) -> AsyncGenerator[Event, None]:
        if self._loop is None or self._closed:
            raise DispatcherClosedError("the dispatcher is not running")
        if request.id in self._jobs:
            raise ValueError(f"submission {request.id} is already queued")
        backlog = self._backlog.add(request.user)
        job = _Job(
            key=(-priority(request.mode, backlog), next(self._arrivals)),
            request=request,
            stream=EventStream(request.id),
        )
        self._jobs[request.id] = job
        try:
            with self._ready:
                ahead = sum(1 for other in self._heap if other < job)
                heapq.heappush(self._heap, job)
                self._ready.notify()
            yield Queued(submission=request.id, position=ahead)
            async for event in job.stream:
                yield event
        finally:
            del self._jobs[request.id]
            self._backlog.done(request.user)
            job.cancelled.set()  # nobody is listening any more

    async def cancel(self, submission_id: str) -> bool:
        job = self._jobs.get(submission_id)
        if job is None or job.stream.finished:
            return False
        self._stop(job, "cancelled")
        return True

    async def close(self) -> None:
        """Stop every job at its next event and wait for the threads (at most one test each)."""
        self._closed = True
        for job in list(self._jobs.values()):
            self._stop(job, "the dispatcher was closed")
        with self._ready:
            self._stopping = True
            self._ready.notify_all()
        for thread in self._threads:
            await asyncio.to_thread(thread.join)
        self._threads.clear()

    def _stop(self, job: _Job, why: str) -> None:
        job.cancelled.set()
        job.stream.put(Error(submission=job.request.id, message=why))

    def _serve(self) -> None:
        """A pool thread: take the most urgent job, judge it, repeat until closed."""
        while True:
            with self._ready:
                while not self._heap and not self._stopping:
                    self._ready.wait()
                if self._stopping:
                    return
                job = heapq.heappop(self._heap)
            if not job.cancelled.is_set():
                self._judge(job)

    def _judge(self, job: _Job) -> None:
        assert self._loop is not None
        events = handle_request(job.request, self.catalog, self.sandbox, self.compile_cache)
        seq = 0
        try:
            for event in events:
                if job.cancelled.is_set():
                    return
                self._loop.call_soon_threadsafe(job.stream.put, event, seq)
                seq += 1
        except Exception as exc:  # a judge bug must cost one submission, not a pool thread
            log.exception("judging %s failed", job.request.id)
            failure = Error(submission=job.request.id, message=f"the judge failed: {exc}")
            self._loop.call_soon_threadsafe(job.stream.put, failure, seq)
        finally:
            events.close()

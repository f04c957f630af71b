"""The dispatcher contract: submit a request, receive its events as they happen, cancel it.

Dispatchers are asyncio objects: the Jupyter server, the CLI (through ``asyncio.run``) and the
kernel all drive them from an event loop, and no call may block that loop. Events arrive in the
order the judge produced them, each once, starting with ``queued``; the last one is final
(``result``, ``output`` or ``error``). A submission may be judged more than once behind the scenes
(a worker died); the dispatcher still delivers one stream.
"""

from __future__ import annotations

import abc
from collections.abc import AsyncGenerator
from types import TracebackType

from jupyter_leetarxiv.core.wire import Event, SubmissionRequest


class DispatcherClosedError(RuntimeError):
    """Submitting to a dispatcher that has been closed."""


class Dispatcher(abc.ABC):
    @abc.abstractmethod
    async def start(self) -> None:
        """Connect, spawn workers: whatever must happen before the first submit."""

    @abc.abstractmethod
    def submit(self, request: SubmissionRequest) -> AsyncGenerator[Event, None]:
        """Queue a request (at the first iteration); iterate to receive its events until the
        final one. Closing the generator before then cancels the submission."""

    @abc.abstractmethod
    async def cancel(self, submission_id: str) -> bool:
        """Stop judging a submission if it is still queued or running; False if unknown.

        Its stream ends with an ``error`` event saying so. A running submission stops at its
        next event (after the test in progress)."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Stop accepting work and cancel what is unfinished; wait for no judging to end
        beyond the test in progress."""

    async def __aenter__(self) -> Dispatcher:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

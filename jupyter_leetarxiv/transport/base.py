"""The dispatcher contract: submit a request, receive its events as they happen, cancel it.

Dispatchers are asyncio objects: the Jupyter server, the CLI (through ``asyncio.run``) and the
kernel all drive them from an event loop, and no call may block that loop. Events arrive in the
order the judge produced them; the last one is final (``result``, ``output`` or ``error``).
"""

from __future__ import annotations

import abc
from collections.abc import AsyncIterator
from types import TracebackType

from jupyter_leetarxiv.core.wire import Event, SubmissionRequest


class DispatcherClosedError(RuntimeError):
    """Submitting to a dispatcher that has been closed."""


class Dispatcher(abc.ABC):
    @abc.abstractmethod
    async def start(self) -> None:
        """Connect, spawn workers: whatever must happen before the first submit."""

    @abc.abstractmethod
    def submit(self, request: SubmissionRequest) -> AsyncIterator[Event]:
        """Queue a request; iterate to receive its events until the final one."""

    @abc.abstractmethod
    async def cancel(self, submission_id: str) -> bool:
        """Stop judging a submission if it is still queued or running; False if unknown."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Stop accepting work; wait for nothing (in-flight work may be redelivered)."""

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

"""What the judge service refuses, and why; the HTTP layer maps each class to a status code."""

from __future__ import annotations

from collections.abc import Sequence


class ServiceError(Exception):
    """A request the service will not carry out; the message is for the user."""


class InvalidRequestError(ServiceError):
    """A malformed submission, or one naming a problem or language that does not exist."""

    def __init__(self, message: str, *, field: str | None = None, choices: Sequence[str] = ()):
        super().__init__(message)
        self.field = field
        self.choices = list(choices)


class TooLargeError(ServiceError):
    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


class RateLimitedError(ServiceError):
    def __init__(self, retry_after: float) -> None:
        super().__init__(f"too many submissions: try again in {retry_after:.0f} s")
        self.retry_after = retry_after


class NotFoundError(ServiceError):
    """No such problem or submission; other users' submissions are reported the same way."""

"""The per-user token bucket, on a clock the test moves."""

from __future__ import annotations

import pytest

from jupyter_leetarxiv.server.ratelimit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_is_allowed_then_the_rate_applies() -> None:
    clock = Clock()
    limiter = RateLimiter(6, 3, clock=clock)  # one every 10 s
    assert [limiter.take("ada") for _ in range(3)] == [None, None, None]
    assert limiter.take("ada") == pytest.approx(10.0)
    clock.now += 4
    assert limiter.take("ada") == pytest.approx(6.0)
    clock.now += 6
    assert limiter.take("ada") is None
    assert limiter.take("ada") == pytest.approx(10.0)


def test_users_have_separate_buckets() -> None:
    limiter = RateLimiter(1, 1, clock=Clock())
    assert limiter.take("ada") is None
    assert limiter.take("ada") is not None
    assert limiter.take("bob") is None


def test_the_bucket_never_holds_more_than_the_burst() -> None:
    clock = Clock()
    limiter = RateLimiter(60, 2, clock=clock)
    clock.now += 3600
    assert [limiter.take("ada") for _ in range(3)][:2] == [None, None]
    assert limiter.take("ada") is not None


def test_a_zero_rate_disables_the_limit() -> None:
    limiter = RateLimiter(0, 1, clock=Clock())
    assert all(limiter.take("ada") is None for _ in range(100))

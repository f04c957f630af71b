"""The fairness rule shared by every dispatcher."""

from __future__ import annotations

from jupyter_leetarxiv.core.wire import Mode
from jupyter_leetarxiv.transport.fairness import MAX_PRIORITY, Backlog, priority


def test_every_run_outranks_every_submission() -> None:
    worst_run = min(priority(Mode.RUN, backlog) for backlog in range(100))
    best_submit = max(priority(Mode.SUBMIT, backlog) for backlog in range(100))
    assert worst_run > best_submit
    assert priority(Mode.RUN, 0) == MAX_PRIORITY and priority(Mode.SUBMIT, 10**6) == 0


def test_a_backlog_lowers_the_priority_of_later_submissions() -> None:
    backlog = Backlog()
    mine = [priority(Mode.SUBMIT, backlog.add("a")) for _ in range(30)]
    theirs = priority(Mode.SUBMIT, backlog.add("b"))
    assert mine == sorted(mine, reverse=True)
    assert sum(p >= theirs for p in mine) == 1  # only a's first is not behind b's
    for _ in range(30):
        backlog.done("a")
    assert priority(Mode.SUBMIT, backlog.add("a")) == theirs  # a's backlog is cleared

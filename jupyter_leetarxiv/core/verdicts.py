"""Verdicts, and how per-test verdicts combine into one.

The order of ``Verdict`` members is the order of severity used when a group or a submission needs a
single verdict: the first failing test decides (as in Kattis), so severity only breaks ties between
tests that failed together, e.g. in ``--all`` mode summaries.
"""

from __future__ import annotations

import enum


class Verdict(str, enum.Enum):
    AC = "AC"
    WA = "WA"
    TLE = "TLE"
    MLE = "MLE"
    OLE = "OLE"
    RTE = "RTE"
    CE = "CE"
    JE = "JE"
    SKIPPED = "skipped"

    @property
    def accepted(self) -> bool:
        return self is Verdict.AC

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    Verdict.AC: "accepted",
    Verdict.WA: "wrong answer",
    Verdict.TLE: "time limit exceeded",
    Verdict.MLE: "memory limit exceeded",
    Verdict.OLE: "output limit exceeded",
    Verdict.RTE: "run-time error",
    Verdict.CE: "compile error",
    Verdict.JE: "judge error",
    Verdict.SKIPPED: "not run after an earlier failure",
}


def first_failure(verdicts: list[Verdict]) -> Verdict:
    """The verdict of a run of tests: AC if all passed, else the first non-AC one that ran."""
    for verdict in verdicts:
        if verdict not in (Verdict.AC, Verdict.SKIPPED):
            return verdict
    return Verdict.AC

"""Checkers: decide whether a program's output is a correct answer to a test case."""

from jupyter_leetarxiv.core.checkers.default import check_default
from jupyter_leetarxiv.core.checkers.result import CheckResult

__all__ = ["CheckResult", "check_default"]

"""Problem packages in the ICPC/Kattis problem package format (2025-09 and legacy)."""

from jupyter_leetarxiv.core.problem.loader import load_problem
from jupyter_leetarxiv.core.problem.model import (
    Aggregation,
    Limits,
    OutputValidatorArgs,
    PaperSource,
    Problem,
    ProblemError,
    ProblemType,
    Submission,
    SubmissionRule,
    TestCase,
    TestGroup,
)
from jupyter_leetarxiv.core.problem.submissions import list_submissions

__all__ = [
    "Aggregation",
    "Limits",
    "OutputValidatorArgs",
    "PaperSource",
    "Problem",
    "ProblemError",
    "ProblemType",
    "Submission",
    "SubmissionRule",
    "TestCase",
    "TestGroup",
    "list_submissions",
    "load_problem",
]

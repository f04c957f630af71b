"""Problem packages in the ICPC/Kattis problem package format (2025-09, 2023-07-draft, legacy)."""

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
    VerdictMode,
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
    "VerdictMode",
    "list_submissions",
    "load_problem",
]

"""What a loaded problem package is, independent of which format version it was written in."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path


class ProblemError(Exception):
    """A broken package: names the file and what is wrong in it, so the author can fix it."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class ProblemType(str, enum.Enum):
    PASS_FAIL = "pass-fail"
    SCORING = "scoring"


class Aggregation(str, enum.Enum):
    """How a scoring group's score is made of its children's (Kattis ``score_aggregation``)."""

    SUM = "sum"
    MIN = "min"
    PASS_FAIL = "pass-fail"  # full max_score if every child passed, else 0


@dataclass(frozen=True)
class OutputValidatorArgs:
    """Flags of the default output validator (Kattis ``output_validator_args``)."""

    case_sensitive: bool = False
    space_change_sensitive: bool = False
    float_absolute_tolerance: float | None = None
    float_relative_tolerance: float | None = None
    extra: tuple[str, ...] = ()  # flags passed verbatim to a custom validator

    @property
    def checks_floats(self) -> bool:
        return self.float_absolute_tolerance is not None or (
            self.float_relative_tolerance is not None
        )


@dataclass(frozen=True)
class Limits:
    """Problem limits (problem.yaml ``limits``), in seconds and bytes."""

    time_limit: float = 1.0
    time_multipliers_ac: float = 2.0
    time_multipliers_tle: float = 1.5
    memory: int = 2048 * 1024 * 1024
    output: int = 8 * 1024 * 1024
    code: int = 128 * 1024
    compilation_time: float = 60.0
    compilation_memory: int = 2048 * 1024 * 1024
    validation_time: float = 60.0
    validation_memory: int = 2048 * 1024 * 1024
    validation_output: int = 8 * 1024 * 1024
    time_limit_from_yaml: bool = False  # False: derive from reference solutions (problemtools does)


@dataclass(frozen=True)
class TestCase:
    name: str  # path relative to data/, without extension, e.g. "secret/group1/03"
    input: Path
    answer: Path
    sample: bool
    output_validator_args: OutputValidatorArgs
    hint: str | None = None


@dataclass(frozen=True)
class TestGroup:
    """A directory under data/ with its settings; groups nest (data, sample, secret, subgroups)."""

    name: str  # "sample", "secret", "secret/group1"
    cases: tuple[TestCase, ...]
    children: tuple[TestGroup, ...]
    aggregation: Aggregation = Aggregation.SUM
    max_score: float | None = None  # scoring problems only
    accept_score: float = 1.0  # score of one accepted test case
    on_reject: str = "break"  # "break" or "continue"

    def all_cases(self) -> list[TestCase]:
        """Cases in judging order: this group's files, then each child in name order."""
        out = list(self.cases)
        for child in self.children:
            out.extend(child.all_cases())
        return out


@dataclass(frozen=True)
class PaperSource:
    """The paper a problem implements (our extension of problem.yaml ``source``)."""

    name: str
    url: str | None = None
    arxiv: str | None = None
    authors: tuple[str, ...] = ()
    year: int | None = None


@dataclass(frozen=True)
class Submission:
    """A file or directory under submissions/ with the verdicts it is expected to get."""

    path: Path
    expected: tuple[str, ...]  # allowed final verdicts, e.g. ("AC",) or ("TLE", "RTE")
    language: str | None = None  # from submissions.yaml; else guessed from the extension
    score: float | None = None


@dataclass(frozen=True)
class Problem:
    root: Path
    id: str  # the directory name, or problem.yaml ``uuid`` short name
    name: str  # English title
    format_version: str  # "2025-09" or "legacy"
    type: ProblemType
    limits: Limits
    sample: TestGroup
    secret: TestGroup
    output_validator: Path | None  # directory or single-file program, None: default validator
    output_validator_args: OutputValidatorArgs
    includes: dict[str, Path] = field(default_factory=dict)  # language -> include/<language>/
    source: PaperSource | None = None
    keywords: tuple[str, ...] = ()
    uuid: str | None = None
    statement: Path | None = None
    excerpt: Path | None = None
    interactive: bool = False
    version: str = ""  # content hash of data/ and the validator: "problem_version" in results

    def cases(self, *, samples_only: bool = False) -> list[TestCase]:
        """Every test case in judging order (samples first, as Kattis does)."""
        cases = self.sample.all_cases()
        if not samples_only:
            cases += self.secret.all_cases()
        return cases

"""What a loaded problem package is, independent of which format version it was written in.

Every format version (2025-09, 2023-07-draft, legacy) loads into these classes, so the judge never
needs to know which one a package was written in. Sizes are bytes and times are seconds, whatever
units the package's own files use.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jupyter_leetarxiv.core.verdicts import Verdict

MIB = 1024 * 1024
KIB = 1024


class ProblemError(Exception):
    """A broken package: names the file and what is wrong in it, so the author can fix it."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class ProblemType(str, enum.Enum):
    PASS_FAIL = "pass-fail"  # noqa: S105 (a problem type, not a password)
    SCORING = "scoring"


class Aggregation(str, enum.Enum):
    """How a scoring group's score is made of its children's (Kattis ``score_aggregation``)."""

    SUM = "sum"
    MIN = "min"
    PASS_FAIL = "pass-fail"  # noqa: S105 -- full max_score if every child passed, else 0
    # Legacy default-grader modes (``grader_flags: avg`` / ``max``); 2025-09 has no equivalent.
    AVG = "avg"
    MAX = "max"


class VerdictMode(str, enum.Enum):
    """How a group's verdict is made of its children's (legacy default grader ``grader_flags``)."""

    FIRST_ERROR = "first_error"  # the first rejection in judging order (also 2025-09's rule)
    WORST_ERROR = "worst_error"  # the gravest rejection: the legacy default grader's default
    ALWAYS_ACCEPT = "always_accept"


@dataclass(frozen=True)
class OutputValidatorArgs:
    """Flags of the default output validator (Kattis ``output_validator_args``).

    ``raw`` keeps every argument as written: a custom validator gets exactly what the package
    says, including flags that look like default-validator flags but mean something else to it.
    """

    case_sensitive: bool = False
    space_change_sensitive: bool = False
    float_absolute_tolerance: float | None = None
    float_relative_tolerance: float | None = None
    extra: tuple[str, ...] = ()  # flags the default validator does not know
    raw: tuple[str, ...] = ()  # all arguments, verbatim, for a custom validator

    @property
    def checks_floats(self) -> bool:
        return self.float_absolute_tolerance is not None or (
            self.float_relative_tolerance is not None
        )


@dataclass(frozen=True)
class Limits:
    """Problem limits (problem.yaml ``limits``), in seconds and bytes."""

    time_limit: float = 1.0
    time_multipliers_ac: float = 2.0  # ac_to_time_limit (legacy: time_multiplier, default 5)
    time_multipliers_tle: float = 1.5  # time_limit_to_tle (legacy: time_safety_margin, default 2)
    time_resolution: float = 1.0
    memory: int = 2048 * MIB
    output: int = 8 * MIB
    code: int = 128 * KIB
    compilation_time: float = 60.0
    compilation_memory: int = 2048 * MIB
    validation_time: float = 60.0
    validation_memory: int = 2048 * MIB
    validation_output: int = 8 * MIB
    validation_passes: int = 2  # multi-pass problems only
    time_limit_from_yaml: bool = False  # False: derive from reference solutions (problemtools does)


@dataclass(frozen=True)
class TestCase:
    name: str  # path relative to data/, without extension, e.g. "secret/group1/03"
    input: Path
    answer: Path
    sample: bool
    output_validator_args: OutputValidatorArgs
    hint: str | None = None
    description: str | None = None
    args: tuple[str, ...] = ()  # command-line arguments for the submission (2025-09 ``args``)
    files: Path | None = None  # the ``.files`` directory copied into the working directory
    full_feedback: bool = False  # may the solver see this case's data after failing it


@dataclass(frozen=True)
class TestGroup:
    """A directory under data/ with its settings; groups nest (data, sample, secret, subgroups)."""

    name: str  # "sample", "secret", "secret/group1"
    cases: tuple[TestCase, ...]
    children: tuple[TestGroup, ...]
    aggregation: Aggregation = Aggregation.SUM
    max_score: float | None = None  # None: pass-fail problem, or an unbounded scoring group
    accept_score: float = 1.0  # score of one accepted test case without a score.txt
    reject_score: float = 0.0
    on_reject: str = "break"  # "break" or "continue"
    require_pass: tuple[str, ...] = ()  # groups that must pass first (2025-09)
    grader_flags: tuple[str, ...] = ()  # legacy ``grader_flags`` as written, for a custom grader
    verdict_mode: VerdictMode = VerdictMode.FIRST_ERROR
    accept_if_any_accepted: bool = False  # legacy flag: one accepted child makes the group AC
    ignore_sample: bool = False  # legacy flag of data/: only secret's verdict and score count

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
class SubmissionRule:
    """One requirement on a submission's verdicts, from its directory or submissions.yaml.

    ``cases`` narrows the rule to test cases and groups matching a glob (relative to data/);
    None means every test case.
    """

    permitted: frozenset[Verdict]
    required: frozenset[Verdict]
    cases: str | None = None
    score: tuple[float, float] | None = None  # inclusive range; an exact score is (s, s)
    message: str | None = None
    use_for_time_limit: bool | str | None = None  # None: as the spec infers; "lower"/"upper"
    final: frozenset[Verdict] | None = None  # what the graded overall verdict may be, if limited


@dataclass(frozen=True)
class Submission:
    """A file or directory under submissions/ with the verdicts it is expected to get."""

    path: Path
    expected: tuple[Verdict, ...]  # allowed final verdicts, e.g. (AC,) or (TLE, RTE)
    language: str | None = None  # from submissions.yaml; None: the language registry decides
    score: float | None = None  # an exact expected score (scoring problems)
    rules: tuple[SubmissionRule, ...] = ()
    entrypoint: str | None = None

    @property
    def score_range(self) -> tuple[float, float] | None:
        """The tightest score range all whole-problem rules allow, if any rule sets one."""
        ranges = [rule.score for rule in self.rules if rule.cases is None and rule.score]
        if not ranges:
            return None
        return max(lo for lo, _ in ranges), min(hi for _, hi in ranges)


@dataclass(frozen=True)
class Problem:
    root: Path
    id: str  # the directory name
    name: str  # English title (or the first language's, if there is no English one)
    format_version: str  # "2025-09", "2023-07-draft" or "legacy" (see formats.py)
    type: ProblemType
    limits: Limits
    sample: TestGroup
    secret: TestGroup
    output_validator: Path | None  # directory or single-file program, None: default validator
    output_validator_args: OutputValidatorArgs  # problem-wide flags (legacy ``validator_flags``)
    includes: dict[str, Path] = field(default_factory=dict)  # language -> include/<language>/
    source: PaperSource | None = None
    keywords: tuple[str, ...] = ()
    uuid: str | None = None
    statement: Path | None = None
    excerpt: Path | None = None
    interactive: bool = False
    multi_pass: bool = False
    version: str = ""  # content hash of data/ and the validator: "problem_version" in results
    names: dict[str, str] = field(default_factory=dict)  # language code -> title
    sources: tuple[PaperSource, ...] = ()  # every ``source`` entry; ``source`` is the first
    input_validators: tuple[Path, ...] = ()
    custom_score: bool = (
        False  # legacy ``validation: custom score``: the validator writes score.txt
    )
    # data/ as a group over sample and secret where testdata.yaml grades verdicts (legacy,
    # 2023-07-draft); None: the overall verdict is the first failure in judging order.
    data: TestGroup | None = None

    def includes_for(self, names: Sequence[str]) -> Path | None:
        """include/<language>/ under any of a language's names (its id or a Kattis code)."""
        for name in names:
            if name in self.includes:
                return self.includes[name]
        return None

    def cases(self, *, samples_only: bool = False) -> list[TestCase]:
        """Every test case in judging order (samples first, as Kattis does)."""
        cases = self.sample.all_cases()
        if not samples_only:
            cases += self.secret.all_cases()
        return cases

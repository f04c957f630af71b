"""The wire format: submissions and the events of their judging, as versioned JSON.

The same dictionaries travel through RabbitMQ, the REST API, the widget and ``leetarxiv judge
--json``; ``schema/wire.schema.json`` is their contract. A reader accepts any minor version of its
own major version and ignores fields it does not know, so a newer worker can add fields without
breaking older clients.
"""

from __future__ import annotations

import dataclasses
import enum
import uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar

from jupyter_leetarxiv.core.schemas import first_error, validator
from jupyter_leetarxiv.core.verdicts import Verdict

WIRE_VERSION = "1.0"
WIRE_MAJOR = 1
WIRE_SCHEMA = "wire.schema.json"  # in core/schema/


class WireError(ValueError):
    """A message that does not follow the wire format (or has a major version we don't speak)."""


class Mode(str, enum.Enum):
    RUN = "run"  # sample tests only, with feedback: the notebook's quick check
    SUBMIT = "submit"  # every test; hidden ones report verdicts only


@dataclass(frozen=True)
class SubmissionRequest:
    problem: str
    language: str
    source: str
    mode: Mode = Mode.SUBMIT
    user: str = ""
    stdin: str | None = None  # run the program on this input instead of judging
    filename: str | None = None  # the submitted file's name, when it matters (Java's class)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def to_dict(self) -> dict[str, Any]:
        data = {"v": WIRE_VERSION, **dataclasses.asdict(self), "mode": self.mode.value}
        return {k: v for k, v in data.items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SubmissionRequest:
        check_version(data)
        try:
            return cls(
                id=str(data["id"]),
                user=str(data.get("user", "")),
                problem=str(data["problem"]),
                language=str(data["language"]),
                source=str(data["source"]),
                mode=Mode(data.get("mode", "submit")),
                stdin=data.get("stdin"),
                filename=data.get("filename"),
            )
        except (KeyError, ValueError) as exc:
            raise WireError(f"bad submission: {exc}") from exc


@dataclass(frozen=True)
class Queued:
    type: ClassVar[str] = "queued"
    submission: str
    position: int | None = None  # submissions ahead of this one, when the dispatcher knows


@dataclass(frozen=True)
class Compiling:
    type: ClassVar[str] = "compiling"
    submission: str


@dataclass(frozen=True)
class Compiled:
    type: ClassVar[str] = "compiled"
    submission: str
    ok: bool
    output: str  # compiler messages, truncated
    cached: bool = False
    time: float = 0.0


@dataclass(frozen=True)
class TestResult:
    """One test's outcome. ``input``/``expected``/``actual`` are filled for samples only."""

    type: ClassVar[str] = "test"
    submission: str
    index: int  # 1-based
    total: int
    name: str
    group: str
    verdict: Verdict
    time: float  # CPU seconds
    wall_time: float
    memory: int  # peak bytes
    sample: bool = False
    score: float | None = None
    feedback: str | None = None
    input: str | None = None
    expected: str | None = None
    actual: str | None = None
    max_abs_error: float | None = None
    max_rel_error: float | None = None
    error_at: int | None = None  # index of the token with the largest error


@dataclass(frozen=True)
class Result:
    type: ClassVar[str] = "result"
    submission: str
    verdict: Verdict
    passed: int
    total: int
    max_time: float
    max_memory: int
    toolchain: str
    problem_version: str
    score: float | None = None  # scoring problems only
    max_score: float | None = None
    language: str = ""
    problem: str = ""


@dataclass(frozen=True)
class Output:
    """The result of a run on the user's own stdin (no judging)."""

    type: ClassVar[str] = "output"
    submission: str
    status: str
    exit_code: int | None
    stdout: str
    stderr: str
    time: float
    wall_time: float
    memory: int


@dataclass(frozen=True)
class Error:
    type: ClassVar[str] = "error"
    submission: str
    message: str


Event = Queued | Compiling | Compiled | TestResult | Result | Output | Error
EVENT_TYPES: dict[str, type[Event]] = {
    cls.type: cls for cls in (Queued, Compiling, Compiled, TestResult, Result, Output, Error)
}
FINAL_TYPES = frozenset({"result", "error", "output"})


def is_final(event: Event) -> bool:
    return event.type in FINAL_TYPES


def event_to_dict(event: Event) -> dict[str, Any]:
    data: dict[str, Any] = {"v": WIRE_VERSION, "type": event.type}
    for f in dataclasses.fields(event):
        value = getattr(event, f.name)
        if value is None:
            continue
        data[f.name] = value.value if isinstance(value, enum.Enum) else value
    return data


def event_from_dict(data: dict[str, Any]) -> Event:
    check_version(data)
    cls = EVENT_TYPES.get(str(data.get("type")))
    if cls is None:
        raise WireError(f"unknown event type {data.get('type')!r}")
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in names}
    try:
        if "verdict" in kwargs:
            kwargs["verdict"] = Verdict(kwargs["verdict"])
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise WireError(f"bad {cls.type} event: {exc}") from exc


def check_version(data: dict[str, Any]) -> None:
    version = str(data.get("v", ""))
    major = version.split(".", 1)[0]
    if major != str(WIRE_MAJOR):
        raise WireError(
            f"wire version {version or '(missing)'} is not supported; "
            f"this judge speaks {WIRE_VERSION}"
        )


def prepare_validation() -> None:
    """Import jsonschema and build the wire schema's validator now, not at the first message.

    That costs about a second of CPU (see core/schemas.py): a worker pays it before it takes
    submissions rather than in the middle of judging its first one.
    """
    validator(WIRE_SCHEMA)


def validate_message(data: dict[str, Any]) -> None:
    """Check a submission or event against the JSON Schema; WireError says what is wrong."""
    error = first_error(WIRE_SCHEMA, data)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(message)"
        raise WireError(f"{where}: {error.message}")

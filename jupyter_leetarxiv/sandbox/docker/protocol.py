"""The line protocol between the host and the runner inside a box container.

The host writes one JSON object per line to the container's stdin; the runner answers each with
one JSON object per line on its stdout, after a first line saying it is ready. Bytes (stdin,
stdout, stderr) travel base64-encoded, so the stream is plain ASCII: no byte of a submission's
data can ever look like an engine's detach key sequence (ctrl-p ctrl-q), and a line is a message.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import Any

from jupyter_leetarxiv.sandbox.base import Limits, RunResult, RunStatus

VERSION = 1


class ProtocolError(Exception):
    """A message that does not follow the protocol."""


def encode(message: Mapping[str, Any]) -> bytes:
    return json.dumps(message, separators=(",", ":")).encode() + b"\n"


def decode(line: bytes) -> dict[str, Any]:
    try:
        message = json.loads(line)
    except ValueError as e:
        raise ProtocolError(f"not JSON: {line[:200]!r}") from e
    if not isinstance(message, dict):
        raise ProtocolError(f"not a JSON object: {line[:200]!r}")
    return message


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ProtocolError("bytes must be a base64 string")
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as e:  # binascii.Error
        raise ProtocolError(f"bad base64: {e}") from e


def ready() -> dict[str, Any]:
    return {"ready": True, "protocol": VERSION}


def run_request(
    argv: Sequence[str], env: Mapping[str, str], cwd: str, stdin: bytes, limits: Limits
) -> dict[str, Any]:
    return {
        "op": "run",
        "argv": list(argv),
        "env": dict(env),
        "cwd": cwd,
        "stdin": b64(stdin),
        "limits": asdict(limits),
    }


def limits_from(data: object) -> Limits:
    if not isinstance(data, dict):
        raise ProtocolError("limits must be an object")
    try:
        return Limits(**data)
    except TypeError as e:
        raise ProtocolError(f"bad limits: {e}") from e


def result_to_dict(result: RunResult) -> dict[str, Any]:
    return {
        "status": result.status.value,
        "exit_code": result.exit_code,
        "signal": result.signal,
        "cpu_time": result.cpu_time,
        "wall_time": result.wall_time,
        "memory": result.memory,
        "stdout": b64(result.stdout),
        "stderr": b64(result.stderr),
    }


def result_from_dict(data: object) -> RunResult:
    if not isinstance(data, dict):
        raise ProtocolError("a result must be an object")
    try:
        return RunResult(
            status=RunStatus(data["status"]),
            exit_code=_optional_int(data["exit_code"]),
            signal=_optional_int(data["signal"]),
            cpu_time=float(data["cpu_time"]),
            wall_time=float(data["wall_time"]),
            memory=int(data["memory"]),
            stdout=unb64(data["stdout"]),
            stderr=unb64(data["stderr"]),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise ProtocolError(f"bad result: {e!r}") from e


def _optional_int(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ProtocolError(f"not an integer: {value!r}")
    return value

"""What the server tests share besides fixtures: paths, programs, client helpers."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from tornado.httpclient import HTTPResponse

from jupyter_leetarxiv.core.wire import validate_message

PROBLEMS = Path(__file__).resolve().parents[1] / "e2e" / "problems"
PROGRAMS = Path(__file__).resolve().parents[1] / "e2e" / "programs"
AC_PYTHON = (PROGRAMS / "ac_aplusb.py").read_text()

Fetch = Callable[..., Awaitable[HTTPResponse]]
WsFetch = Callable[..., Awaitable[Any]]


async def follow(ws_fetch: WsFetch, submission: str, **kwargs: Any) -> list[dict[str, Any]]:
    """Every event of the submission's WebSocket, checked against the wire schema."""
    connection = await ws_fetch("leetarxiv", "api", "submissions", submission, "events", **kwargs)
    events = []
    while (message := await connection.read_message()) is not None:
        event = json.loads(message)
        validate_message(event)
        events.append(event)
    connection.close()
    assert connection.close_code == 1000
    return events

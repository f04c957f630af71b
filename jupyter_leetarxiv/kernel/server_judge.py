"""Submitting through the Jupyter server extension's API with the kernel's scoped token.

The kernel's own event loop is busy running the cell, so the WebSocket that carries the events
lives on a private loop in a helper thread and hands events over through a queue.
"""

from __future__ import annotations

import asyncio
import json
import queue
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

from tornado.websocket import websocket_connect

from jupyter_leetarxiv.core.wire import Error, Event, SubmissionRequest, event_from_dict, is_final
from jupyter_leetarxiv.kernel.judges import Judge, JudgeUnavailableError
from jupyter_leetarxiv.kernel.problem_info import ProblemInfo

TIMEOUT = 30.0
_DONE = object()


class ServerJudge(Judge):
    name = "server"

    def __init__(self, api_url: str, token: str) -> None:
        self.api_url = api_url.rstrip("/")
        self.token = token

    def events(self, request: SubmissionRequest) -> Iterator[Event]:
        body = {
            "problem": request.problem,
            "language": request.language,
            "source": request.source,
            "mode": request.mode.value,
        }
        if request.stdin is not None:
            body["stdin"] = request.stdin
        try:
            created = self._call("POST", "submissions", body)
        except JudgeUnavailableError as exc:
            yield Error(submission=request.id, message=str(exc))
            return
        yield from self._follow(str(created["id"]))

    def problem_info(self, problem_id: str) -> ProblemInfo | None:
        try:
            return ProblemInfo.from_api(self._call("GET", f"problems/{problem_id}"))
        except JudgeUnavailableError:
            return None

    def language_ids(self) -> list[str]:
        return [str(lang["id"]) for lang in self._call("GET", "languages")["languages"]]

    def problem_ids(self) -> list[str]:
        return [str(p["id"]) for p in self._call("GET", "problems")["problems"]]

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(  # noqa: S310 -- the URL is our own server's
            f"{self.api_url}/{path}", data=data, method=method, headers=self._headers()
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
                return json.loads(response.read())
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode(errors="replace")
            raise JudgeUnavailableError(f"{exc.code}: {_message(detail)}") from exc
        except (urllib.error.URLError, TimeoutError) as exc:
            raise JudgeUnavailableError(f"cannot reach the judge at {self.api_url}: {exc}") from exc

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"token {self.token}", "Content-Type": "application/json"}

    def _follow(self, submission_id: str) -> Iterator[Event]:
        inbox: queue.Queue[Any] = queue.Queue()
        url = self.api_url.replace("http", "ws", 1) + f"/submissions/{submission_id}/events"
        thread = threading.Thread(
            target=lambda: asyncio.run(_pump(url, self._headers(), inbox)), daemon=True
        )
        thread.start()
        while True:
            item = inbox.get()
            if item is _DONE:
                return
            if isinstance(item, Exception):
                yield Error(submission=submission_id, message=f"lost the event stream: {item}")
                return
            event = event_from_dict(item)
            yield event
            if is_final(event):
                return


async def _pump(url: str, headers: dict[str, str], inbox: queue.Queue[Any]) -> None:
    from tornado.httpclient import HTTPRequest

    try:
        connection = await websocket_connect(HTTPRequest(url, headers=headers))
        while True:
            message = await connection.read_message()
            if message is None:
                break
            inbox.put(json.loads(message))
    except Exception as exc:  # any failure ends the stream; the reader reports it
        inbox.put(exc)
    inbox.put(_DONE)


def _message(detail: str) -> str:
    try:
        return str(json.loads(detail).get("message", detail))
    except ValueError:
        return detail

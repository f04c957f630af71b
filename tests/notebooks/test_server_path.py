"""A notebook run by a kernel that a real ``jupyter server`` with the extension started: the
magic finds the server's token in its environment and judges through the server's API, so
the verdicts shown are the server's records (the path a classroom trusts)."""

from __future__ import annotations

import asyncio
import json
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import nbformat
import pytest
from server.process import Server, start_server
from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

from .test_example_notebooks import expected_cells

ROOT = Path(__file__).parents[2]
NOTEBOOK = ROOT / "notebooks" / "01-adam-python.ipynb"


def _message(code: str) -> dict[str, Any]:
    return {
        "header": {"msg_id": uuid.uuid4().hex, "msg_type": "execute_request", "username": "test",
                   "session": uuid.uuid4().hex, "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": True,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
    }  # fmt: skip


async def execute_cells(server: Server, kernel_id: str, cells: list[str]) -> list[str]:
    """Run each cell; return the latest text/plain each display showed (updates included)."""
    url = server.url.replace("http", "ws", 1) + f"api/kernels/{kernel_id}/channels"
    headers = {"Authorization": f"token {server.token}"}
    connection = await websocket_connect(HTTPRequest(url, headers=headers))
    shown: list[str] = []
    for code in cells:
        request = _message(code)
        await connection.write_message(json.dumps(request))
        displays: dict[str, str] = {}
        while True:
            raw = await asyncio.wait_for(connection.read_message(), timeout=600)
            assert isinstance(raw, str)
            msg = json.loads(raw)
            if msg["parent_header"].get("msg_id") != request["header"]["msg_id"]:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind in ("display_data", "update_display_data", "execute_result"):
                key = content.get("transient", {}).get("display_id") or uuid.uuid4().hex
                displays[key] = content["data"].get("text/plain", "")
            elif kind == "error":
                raise AssertionError("\n".join(content["traceback"]))
            elif kind == "status" and content["execution_state"] == "idle":
                break
        shown.append("\n".join(displays.values()))
    connection.close()
    return shown


def start_kernel(server: Server) -> dict[str, Any]:
    """A kernel started by the server itself, so it gets the extension's environment."""
    request = urllib.request.Request(
        server.url + "api/kernels",
        data=json.dumps({"name": "python3"}).encode(),
        method="POST",
        headers={"Authorization": f"token {server.token}"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        created: dict[str, Any] = json.loads(response.read())
        return created


@pytest.mark.slow
def test_notebook_judged_through_the_server(tmp_path: Path) -> None:
    server = start_server(tmp_path, problem_dirs=[str(ROOT / "problems")])
    try:
        kernel = start_kernel(server)
        notebook = nbformat.read(NOTEBOOK, as_version=4)
        sources = [c.source for c in notebook.cells if c.cell_type == "code"]
        code_index = [i for i, c in enumerate(notebook.cells) if c.cell_type == "code"]
        shown = asyncio.run(execute_cells(server, kernel["id"], sources))
        by_cell = dict(zip(code_index, shown, strict=True))
        for index, expect in expected_cells(notebook):
            prefix = (
                "leetarxiv: ran on your input (ok)"
                if expect == "output"
                else f"leetarxiv: {expect} "
            )
            assert by_cell[index].startswith(prefix), (index, by_cell[index])
        status, listing = server.call("GET", "submissions?problem=adam")
        assert status == 200
        verdicts = sorted(s.get("verdict") or "" for s in listing["submissions"])
        assert "AC" in verdicts and "WA" in verdicts  # the server judged and recorded them
    finally:
        server.stop()

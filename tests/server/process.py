"""A real ``jupyter server`` process with the extension, and a real ``leetarxiv worker``.

The extension is enabled the way an install enables it: by the JSON file of jupyter-config/ in
a jupyter_server_config.d directory (here a private JUPYTER_CONFIG_DIR). Other installed
extensions are switched off to keep start-up short.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

from jupyter_leetarxiv.core.wire import FINAL_TYPES, validate_message

ROOT = Path(__file__).resolve().parents[2]
EXTENSION_JSON = ROOT / "jupyter-config" / "server-config" / "jupyter_leetarxiv.json"
PROBLEMS = ROOT / "tests" / "e2e" / "problems"
BROKER = "amqp://guest:guest@127.0.0.1:5672/"
OTHER_EXTENSIONS = ("jupyterlab", "notebook_shim", "jupyter_lsp", "jupyter_server_terminals")
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def venv_script(name: str) -> str:
    return str(Path(sys.executable).parent / name)


@dataclass
class Server:
    url: str  # http://127.0.0.1:<port>/
    token: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def api_url(self) -> str:
        return self.url + "leetarxiv/api"

    def call(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            f"{self.api_url}/{path}",
            data=data,
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")

    def events(self, submission: str, *, until: str | None = None) -> list[dict[str, Any]]:
        """The submission's events over the WebSocket, up to the final one (or ``until``)."""
        return asyncio.run(self._events(submission, until))

    async def _events(self, submission: str, until: str | None) -> list[dict[str, Any]]:
        url = self.api_url.replace("http", "ws", 1) + f"/submissions/{submission}/events"
        request = HTTPRequest(url, headers={"Authorization": f"token {self.token}"})
        connection = await websocket_connect(request)
        events = []
        try:
            while (message := await asyncio.wait_for(connection.read_message(), 120)) is not None:
                event = json.loads(message)
                validate_message(event)
                events.append(event)
                if event["type"] == until or event["type"] in FINAL_TYPES:
                    break
        finally:
            connection.close()
            # Wait for the closing handshake, so the socket is closed before the loop is.
            while await asyncio.wait_for(connection.read_message(), 30) is not None:
                pass
        return events

    def start_kernel(self) -> str:
        """A python3 kernel started by the server (so with the environment it gives kernels)."""
        request = urllib.request.Request(
            f"{self.url}api/kernels",
            data=b'{"name": "python3"}',
            method="POST",
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return str(json.loads(response.read())["id"])

    def execute(self, kernel: str, code: str) -> list[dict[str, Any]]:
        """Run ``code`` in the kernel; its messages on iopub, up to idle."""
        return asyncio.run(self._execute(kernel, code))

    async def _execute(self, kernel: str, code: str) -> list[dict[str, Any]]:
        url = self.url.replace("http", "ws", 1) + f"api/kernels/{kernel}/channels"
        request = HTTPRequest(url, headers={"Authorization": f"token {self.token}"})
        connection = await websocket_connect(request)
        msg_id = uuid.uuid4().hex
        header = {"msg_id": msg_id, "msg_type": "execute_request", "session": uuid.uuid4().hex}
        await connection.write_message(
            json.dumps(
                {
                    "header": {**header, "username": "test", "version": "5.3"},
                    "parent_header": {},
                    "metadata": {},
                    "channel": "shell",
                    "content": {"code": code, "silent": False, "allow_stdin": False},
                }
            )
        )
        output = []
        try:
            while (message := await asyncio.wait_for(connection.read_message(), 180)) is not None:
                data = json.loads(message)
                if data.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                output.append(data)
                if data["msg_type"] == "status" and data["content"]["execution_state"] == "idle":
                    break
        finally:
            connection.close()
            while await asyncio.wait_for(connection.read_message(), 30) is not None:
                pass
        return output

    def wait_until(self, submission: str, *states: str, timeout: float = 120) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            code, detail = self.call("GET", f"submissions/{submission}")
            assert code == 200, detail
            if detail["state"] in states:
                return dict(detail)
            assert time.monotonic() < deadline, f"still {detail['state']}: {self.log.read_text()}"
            time.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL: no shutdown hook runs, as when the machine dies."""
        self.process.kill()
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def start_server(home: Path, **settings: Any) -> Server:
    """``jupyter server`` on a free port with LeetArxiv ``settings``, once it answers."""
    config_dir = home / "config"
    (config_dir / "jupyter_server_config.d").mkdir(parents=True, exist_ok=True)
    shutil.copy(EXTENSION_JSON, config_dir / "jupyter_server_config.d")
    leetarxiv = {
        "problem_dirs": [str(PROBLEMS)],
        "store_path": str(home / "submissions.sqlite"),
        "workers": 2,
        **settings,
    }
    config = {
        "ServerApp": {"jpserver_extensions": dict.fromkeys(OTHER_EXTENSIONS, False)},
        "LeetArxiv": leetarxiv,
    }
    (config_dir / "jupyter_server_config.json").write_text(json.dumps(config))
    port, token = free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "HOME": str(home),
        "JUPYTER_CONFIG_DIR": str(config_dir),
        "JUPYTER_DATA_DIR": str(home / "data"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
    }
    log = home / f"server-{port}.log"
    root = home / "notebooks"
    root.mkdir(exist_ok=True)
    argv = [
        venv_script("jupyter-server"),
        f"--ServerApp.port={port}",
        "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--ServerApp.open_browser=False",
        "--allow-root",
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}/", token, process, log)
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"jupyter server exited: {log.read_text()}")
        try:
            code, _ = server.call("GET", "languages")
        except (urllib.error.URLError, ConnectionError):
            code = 0
        if code == 200:
            return server
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"jupyter server did not answer: {log.read_text()}")
        time.sleep(0.2)


def start_worker(home: Path, prefix: str, broker: str = BROKER) -> subprocess.Popen[bytes]:
    """``leetarxiv worker`` for the queues under ``prefix``, judging the test problems."""
    env = {**os.environ, "LEETARXIV_PROBLEM_DIRS": str(PROBLEMS), "HOME": str(home)}
    argv = [venv_script("leetarxiv"), "worker", "--broker", broker, "--prefix", prefix]
    with (home / f"worker-{prefix}.log").open("wb") as log:
        return subprocess.Popen(
            [*argv, "--concurrency", "2"], env=env, stdout=log, stderr=subprocess.STDOUT
        )


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

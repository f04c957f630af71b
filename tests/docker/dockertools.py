"""Podman for the docker backend's tests: its settings here, the image, the API socket.

Podman runs as it would in production: it builds the compiler image with scripts/build-image,
serves its Docker-compatible API on a Unix socket, and the tests drive that API through the
``docker`` package, exactly as the docker sandbox and a worker do.

Where the image and the socket come from (the Makefile's docker-ready target sets both):
- LEETARXIV_TEST_DOCKER_IMAGE: the image (default localhost/leetarxiv-compiler:test), built
  here with LEETARXIV_TEST_DOCKER_LANGS unless LEETARXIV_TEST_DOCKER_IMAGE_BUILT=1;
- LEETARXIV_TEST_DOCKER_HOST: a running API socket; without it, the session starts its own.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import docker

from jupyter_leetarxiv.sandbox.docker.backend import DockerBox, DockerSandbox
from jupyter_leetarxiv.sandbox.docker.settings import DockerSettings

REPO = Path(__file__).resolve().parents[2]
CONF = REPO / "images" / "podman" / "containers.conf"
IMAGE = os.environ.get("LEETARXIV_TEST_DOCKER_IMAGE", "localhost/leetarxiv-compiler:test")
LANGS = os.environ.get("LEETARXIV_TEST_DOCKER_LANGS", "c,cpp,python3,haskell,java")
PATIENCE = 120.0  # seconds for a service to come up: far more than it ever needs


def podman_env() -> dict[str, str]:
    """The environment for podman commands: the repository's containers.conf where runc is
    installed (crun cannot run on hybrid cgroups; see that file) unless one is set already."""
    env = dict(os.environ)
    if "CONTAINERS_CONF" not in env and shutil.which("runc"):
        env["CONTAINERS_CONF"] = str(CONF)
    return env


def podman_missing() -> str | None:
    """Why podman cannot run at all on this machine, or None if it can."""
    if shutil.which("podman") is None:
        return "podman is not installed (`make docker-ready` installs it with apt-get)"
    try:
        done = subprocess.run(
            ["podman", "info", "--format", "{{.Host.OCIRuntime.Name}}"],
            env=podman_env(),
            capture_output=True,
            timeout=PATIENCE,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"podman does not answer: {e}"
    if done.returncode != 0:
        return f"podman cannot run: {done.stderr.decode(errors='replace').strip()}"
    return None


def build_image(log: Path) -> None:
    """Build (or, with every layer cached, merely confirm) the test image."""
    if os.environ.get("LEETARXIV_TEST_DOCKER_IMAGE_BUILT") == "1":
        return
    argv = [str(REPO / "scripts" / "build-image"), "--langs", LANGS, "--tag", IMAGE]
    with open(log, "wb") as out:
        done = subprocess.run(argv, env=podman_env(), stdout=out, stderr=subprocess.STDOUT)
    if done.returncode != 0:
        tail = log.read_bytes()[-4000:].decode(errors="replace")
        raise RuntimeError(f"scripts/build-image failed ({log}):\n{tail}")


def answers(url: str) -> bool:
    """Whether an engine answers /_ping on the Unix socket ``url`` (unix://PATH).

    A plain socket, not the docker package: its Unix transport leaks the socket of a connection
    that fails, as one does while the service starts.
    """
    path = url.removeprefix("unix://")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(10)
        try:
            sock.connect(path)
            sock.sendall(b"GET /_ping HTTP/1.0\r\n\r\n")
            status = sock.recv(4096).split(b"\r\n", 1)[0]
        except OSError:
            return False
    return status.split(b" ")[1:2] == [b"200"]


@contextmanager
def api_socket(path: Path) -> Iterator[str]:
    """A podman API service on a socket of its own, stopped when the block ends."""
    url = f"unix://{path}"
    service = subprocess.Popen(
        ["podman", "system", "service", "--time=0", url],
        env=podman_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + PATIENCE
        while not answers(url):
            if service.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"podman system service did not come up on {url}")
            time.sleep(0.1)
        yield url
    finally:
        service.terminate()
        try:
            service.wait(timeout=PATIENCE)
        except subprocess.TimeoutExpired:
            service.kill()
            service.wait()


class RecordingSandbox(DockerSandbox):
    """The docker sandbox, remembering the containers of its boxes (to check they are gone)."""

    def __init__(self, settings: DockerSettings, client: docker.DockerClient) -> None:
        super().__init__(settings, client=client)
        self.containers: list[str] = []

    def open_box(self, *, toolchain_paths: Sequence[str] = ()) -> DockerBox:
        box = super().open_box(toolchain_paths=toolchain_paths)
        self.containers.append(box.container_id)
        return box

    def leftovers(self, client: docker.DockerClient) -> list[str]:
        """Containers of this sandbox's boxes that still exist."""
        left = []
        for name in self.containers:
            try:
                client.containers.get(name)
            except docker.errors.NotFound:
                continue
            left.append(name)
        return left

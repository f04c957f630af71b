"""The compiler image as a worker: `leetarxiv worker` in a container judges what the broker brings.

The worker container runs as the image's unprivileged user, on the host's network (to reach the
host's RabbitMQ on 127.0.0.1:5672), with the problem bank mounted read-only, and judges in the
docker sandbox: its boxes are sibling containers, made through a podman API socket mounted into
the worker container. A submission goes in through `leetarxiv judge --broker`, as a user sends it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pika
import pytest
from dockertools import REPO, api_socket, podman_env

from jupyter_leetarxiv.transport.rabbitmq import Topology

BROKER = os.environ.get("LEETARXIV_TEST_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/%2F")
PROBLEMS = REPO / "tests" / "e2e" / "problems"
PROGRAMS = REPO / "tests" / "e2e" / "programs"
WORKER_GID = 10001  # the image's leetarxiv user and group (images/compiler/Dockerfile)
PATIENCE = 600  # seconds for one submission, the worker's start included


@pytest.fixture
def topology() -> Iterator[Topology]:
    """Queues and exchanges of this test's own, deleted when it ends."""
    try:
        connection = pika.BlockingConnection(pika.URLParameters(BROKER))
    except pika.exceptions.AMQPError as e:
        pytest.fail(f"no RabbitMQ at {BROKER} ({e!r}): `make broker` starts it")
    connection.close()
    topo = Topology(prefix=f"test-docker-{uuid.uuid4().hex[:12]}")
    yield topo
    connection = pika.BlockingConnection(pika.URLParameters(BROKER))
    try:
        channel = connection.channel()
        for queue in topo.queues:
            channel.queue_delete(queue)
        for exchange in topo.exchanges:
            channel.exchange_delete(exchange)
    finally:
        connection.close()


@pytest.fixture
def worker_socket(image: str, tmp_path: Path) -> Iterator[Path]:
    """A podman API socket that the image's worker user may use (as its group), for this test."""
    path = tmp_path / "engine.sock"
    with api_socket(path):
        os.chown(path, -1, WORKER_GID)
        os.chmod(path, 0o660)
        yield path


@pytest.fixture
def worker(image: str, worker_socket: Path, topology: Topology) -> Iterator[str]:
    name = f"leetarxiv-worker-test-{uuid.uuid4().hex[:8]}"
    argv = ["podman", "run", "--detach", "--name", name, "--network=host"]
    argv += ["--volume", f"{worker_socket}:/run/docker.sock"]
    argv += ["--volume", f"{PROBLEMS}:/problems:ro"]
    for key, value in {
        "LEETARXIV_BROKER_URL": BROKER,
        "LEETARXIV_BROKER_PREFIX": topology.prefix,
        "LEETARXIV_CONCURRENCY": "1",
        "LEETARXIV_SANDBOX": "docker",
        "LEETARXIV_DOCKER_IMAGE": image,
        "DOCKER_HOST": "unix:///run/docker.sock",
    }.items():
        argv += ["--env", f"{key}={value}"]
    subprocess.run([*argv, image], env=podman_env(), check=True, capture_output=True)
    try:
        yield name
    finally:
        subprocess.run(["podman", "rm", "--force", name], env=podman_env(), capture_output=True)


def logs(name: str) -> str:
    done = subprocess.run(
        ["podman", "logs", name], env=podman_env(), capture_output=True, text=True, check=False
    )
    return done.stdout + done.stderr


def judge_through_broker(topology: Topology, program: Path) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "jupyter_leetarxiv.cli.main", "judge", "--broker", BROKER]
    return subprocess.run(
        [*argv, "aplusb", str(program)],
        env={**os.environ, "LEETARXIV_BROKER_PREFIX": topology.prefix},
        capture_output=True,
        text=True,
        timeout=PATIENCE,
        check=False,
    )


def test_worker_in_the_image_judges_through_the_broker(worker: str, topology: Topology) -> None:
    accepted = judge_through_broker(topology, PROGRAMS / "ac_aplusb.py")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr + logs(worker)
    assert "AC (accepted): 10/10 tests passed" in accepted.stdout
    wrong = judge_through_broker(topology, PROGRAMS / "wa_minus.c")
    assert wrong.returncode == 1, wrong.stdout + wrong.stderr + logs(worker)
    assert "WA (wrong answer)" in wrong.stdout
    # The worker checked its sandbox before it took any work, and found it complete.
    seen = logs(worker)
    assert re.search(r"unprivileged user\s+yes", seen) and "leetarxiv-entrypoint" not in seen, seen

"""A real RabbitMQ and real workers for the transport tests.

The broker is the machine's own (127.0.0.1:5672, guest), started here if it is down and then
stopped again at the end of the session. Each test gets its own queue and exchange prefix, so
tests never see each other's messages, and deletes them when it ends. Workers are real
``leetarxiv worker`` processes judging in the real sandbox, stopped when their test ends.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from jupyter_leetarxiv.transport.rabbitmq import Topology

from .brokertools import BROKER_URL, PATIENCE, Broker, Workers, reachable


@pytest.fixture(scope="session")
def broker() -> Iterator[str]:
    if reachable(BROKER_URL):
        yield BROKER_URL
        return
    if shutil.which("rabbitmq-server") is None:
        pytest.skip("RabbitMQ is not installed (apt-get install rabbitmq-server)")
    subprocess.run(["rabbitmq-server", "-detached"], check=True)
    try:
        subprocess.run(["rabbitmqctl", "await_startup"], check=True, timeout=PATIENCE)
        yield BROKER_URL
    finally:
        subprocess.run(["rabbitmqctl", "stop"], check=False, capture_output=True)


@pytest.fixture
def topology(broker: str) -> Iterator[Topology]:
    topo = Topology(prefix=f"test-{uuid.uuid4().hex[:12]}")
    yield topo
    Broker(broker, topo).delete()


@pytest.fixture
def rabbit(broker: str, topology: Topology) -> Broker:
    return Broker(broker, topology)


@pytest.fixture
def workers(rabbit: Broker, tmp_path: Path) -> Iterator[Workers]:
    pool = Workers(rabbit, tmp_path)
    yield pool
    pool.stop()

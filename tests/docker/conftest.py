"""Fixtures for the docker backend: real podman, its API socket, the real compiler image.

These tests skip only where podman cannot run at all, and then say so at the end of the run;
anything else that fails (the build, the service, a container) fails the tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import docker
import pytest
from dockertools import (
    IMAGE,
    LANGS,
    RecordingSandbox,
    answers,
    api_socket,
    build_image,
    podman_missing,
)

from jupyter_leetarxiv.core.languages import LanguageRegistry, load_languages
from jupyter_leetarxiv.sandbox.docker.backend import DockerBox
from jupyter_leetarxiv.sandbox.docker.settings import DockerSettings

_SKIPPED: list[str] = []


@pytest.fixture(scope="session")
def podman() -> None:
    reason = podman_missing()
    if reason is not None:
        _SKIPPED.append(reason)
        pytest.skip(f"DOCKER BACKEND NOT TESTED: {reason}")


@pytest.fixture(scope="session")
def image(podman: None, tmp_path_factory: pytest.TempPathFactory) -> str:
    build_image(tmp_path_factory.mktemp("image") / "build.log")
    return IMAGE


@pytest.fixture(scope="session")
def engine_url(podman: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    given = os.environ.get("LEETARXIV_TEST_DOCKER_HOST")
    if given:
        assert answers(given), f"LEETARXIV_TEST_DOCKER_HOST={given} does not answer"
        yield given
        return
    with api_socket(tmp_path_factory.mktemp("podman") / "podman.sock") as url:
        yield url


@pytest.fixture(scope="session")
def engine(engine_url: str) -> Iterator[docker.DockerClient]:
    client = docker.DockerClient(base_url=engine_url)
    yield client
    client.close()


@pytest.fixture(scope="session")
def sandbox(image: str, engine: docker.DockerClient) -> RecordingSandbox:
    return RecordingSandbox(DockerSettings(image=image), engine)


@pytest.fixture
def box(sandbox: RecordingSandbox) -> Iterator[DockerBox]:
    with sandbox.open_box() as b:
        yield b


@pytest.fixture(scope="session")
def registry() -> LanguageRegistry:
    return load_languages()


@pytest.fixture(scope="session")
def languages() -> list[str]:
    """The languages the test image was built with."""
    return LANGS.split(",")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for reason in dict.fromkeys(_SKIPPED):
        terminalreporter.write_sep("!", "THE DOCKER BACKEND WAS NOT TESTED", red=True, bold=True)
        terminalreporter.write_line(reason, red=True)

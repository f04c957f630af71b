"""Fixtures for the local sandbox tests: a real bwrap, real cgroups, programs built in the box.

Each behaviour is checked with a C program (compiled by gcc inside the box, so compiling in the
sandbox is exercised too) and a Python program (Debian's /usr/bin/python3, run inside the box);
and in both kinds of box: warm (one bwrap per box, whose init forks the runs) and per-run (a
fresh bwrap for every run, the fallback).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator

import pytest

from jupyter_leetarxiv.sandbox.base import Limits, MiB, RunStatus
from jupyter_leetarxiv.sandbox.local import LocalBox, LocalSandbox

from .boxtools import Build, Program

PYTHON = "/usr/bin/python3"
COMPILE_LIMITS = Limits(cpu_time=20, wall_time=60, memory=512 * MiB, processes=64)


def _missing(*tools: str) -> list[str]:
    return [t for t in tools if not (shutil.which(t) or os.path.exists(t))]


@pytest.fixture(scope="session", params=["warm", "per-run"])
def sandbox(request: pytest.FixtureRequest) -> LocalSandbox:
    if _missing("/usr/bin/bwrap"):
        pytest.skip("bubblewrap is not installed")
    # Work dirs go to the system temp dir, which the sandbox uid can traverse (pytest's own
    # tmp_path is private to root).
    sandbox = LocalSandbox(warm=request.param == "warm")
    with sandbox.open_box() as box:
        if box.warm != sandbox.warm:
            pytest.skip(f"no warm boxes here: {sandbox.enforcement()[0].detail}")
    return sandbox


@pytest.fixture
def box(sandbox: LocalSandbox) -> Iterator[LocalBox]:
    b = sandbox.open_box()
    try:
        yield b
    finally:
        b.close()


@pytest.fixture(params=["c", "python"])
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def build(box: LocalBox, lang: str) -> Build:
    """build(c_source, python_source) -> the program in ``lang``, ready in ``box``."""

    def make(c_source: str, python_source: str) -> Program:
        marker = f"m{uuid.uuid4().hex[:12]}"
        if lang == "python":
            box.put(f"{marker}.py", python_source.encode())
            return Program([PYTHON, f"{marker}.py", marker], marker)
        box.put("prog.c", c_source.encode())
        done = box.run(
            ["gcc", "-O1", "-o", marker, "prog.c"],
            limits=COMPILE_LIMITS,
        )
        assert done.status is RunStatus.OK, done.stderr.decode()
        return Program([f"./{marker}", marker], marker)

    return make

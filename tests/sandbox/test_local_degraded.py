"""The local sandbox on a machine without namespaces: refuse, unless told to run unisolated."""

from __future__ import annotations

import pytest

from jupyter_leetarxiv.sandbox.base import Limits, MiB, RunStatus, SandboxError
from jupyter_leetarxiv.sandbox.local import LocalSandbox

NO_BWRAP = "/nonexistent/bwrap"


def test_refuses_without_namespaces() -> None:
    sandbox = LocalSandbox(bwrap=NO_BWRAP)
    with pytest.raises(SandboxError, match="bubblewrap"):
        sandbox.open_box()
    namespaces = sandbox.enforcement()[0]
    assert not namespaces.enforced
    assert "bubblewrap" in namespaces.fix


def test_enforcement_on_this_machine_is_complete() -> None:
    rows = {e.name: e for e in LocalSandbox().enforcement()}
    assert set(rows) == {
        "namespaces (user, pid, net, mount, ipc, uts)",
        "unprivileged uid",
        "cgroup memory",
        "cgroup pids",
        "cgroup cpu accounting",
        "cgroup freeze/kill",
        "seccomp",
    }
    missing = [e for e in rows.values() if not e.enforced]
    assert all(e.fix for e in missing), missing


def test_unisolated_runs_without_host_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEETARXIV_BROKER_PASSWORD", "hunter2")
    sandbox = LocalSandbox(bwrap=NO_BWRAP, allow_unisolated=True)
    with sandbox.open_box() as box:
        assert box.workdir.startswith("/")
        box.put("a.py", b"import os\nprint(os.getcwd())\nprint(sorted(os.environ))\n")
        result = box.run(["/usr/bin/python3", "a.py"], limits=Limits())
        assert result.ok, result.stderr
        cwd, env = result.stdout.decode().splitlines()
        assert cwd == box.workdir
        assert "LEETARXIV_BROKER_PASSWORD" not in env


def test_unisolated_keeps_the_memory_limit() -> None:
    sandbox = LocalSandbox(bwrap=NO_BWRAP, allow_unisolated=True)
    if not {e.name: e for e in sandbox.enforcement()}["cgroup memory"].enforced:
        pytest.skip("no memory cgroup on this machine")
    with sandbox.open_box() as box:
        box.put("big.py", b"x = b'x' * (1 << 30)\n")
        result = box.run(["/usr/bin/python3", "big.py"], limits=Limits(memory=64 * MiB))
    assert result.status is RunStatus.MEMORY_LIMIT

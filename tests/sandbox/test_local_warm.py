"""Warm boxes: one bwrap per box whose init forks the runs, and what that must not change.

A box's runs share their namespaces and the init, which runs as the same uid as the programs. So
these check that a program cannot reach the init, that each run starts as clean as a fresh bwrap
would give it (empty /tmp and /dev/shm, no System V IPC, no process but the init), that a dead
init is replaced, and that a machine without a runner falls back to a bwrap per run.
"""

from __future__ import annotations

import errno
import os
import select
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from jupyter_leetarxiv.sandbox.base import Limits, RunStatus
from jupyter_leetarxiv.sandbox.local import LocalBox, LocalSandbox
from jupyter_leetarxiv.sandbox.mounts import INIT_PATH

PYTHON = "/usr/bin/python3"


@pytest.fixture
def warm_box(sandbox: LocalSandbox) -> Iterator[LocalBox]:
    if not sandbox.warm:
        pytest.skip("a per-run sandbox")
    with sandbox.open_box() as box:
        assert box.warm
        yield box


def run_python(box: LocalBox, source: str) -> str:
    box.put("probe.py", source.encode())
    result = box.run([PYTHON, "probe.py"], limits=Limits(cpu_time=5))
    assert result.ok, result.stderr
    return result.stdout.decode()


REACH_INIT = """
import os, resource, signal
os.kill(1, signal.SIGKILL)
os.kill(1, signal.SIGSTOP)
try:
    resource.prlimit(1, resource.RLIMIT_NOFILE, (1, 1))
    print("prlimit", 0)
except OSError as e:
    print("prlimit", e.errno)
for path in ["/proc/1/mem", "/proc/1/environ", "/proc/1/fd/0"]:
    try:
        open(path, "rb").close()
        print(path, 0)
    except OSError as e:
        print(path, e.errno)
"""


def test_init_is_out_of_reach(warm_box: LocalBox) -> None:
    """Same uid, but pid 1 of its namespace (no signal from inside), not dumpable (no /proc
    access) and behind seccomp (no prlimit on another process)."""
    lines = run_python(warm_box, REACH_INIT).splitlines()
    assert lines == [
        f"prlimit {errno.EPERM}",
        f"/proc/1/mem {errno.EACCES}",
        f"/proc/1/environ {errno.EACCES}",
        f"/proc/1/fd/0 {errno.EACCES}",
    ]
    again = warm_box.run(["/bin/echo", "still here"], limits=Limits())
    assert again.stdout == b"still here\n"


LEAVE_STATE = """
import ctypes, os
os.makedirs("/tmp/locked/deeper")
open("/tmp/locked/deeper/file", "w").write("x")
os.chmod("/tmp/locked/deeper", 0)
os.chmod("/tmp/locked", 0)
open("/dev/shm/segment", "w").write("x")
libc = ctypes.CDLL(None, use_errno=True)
IPC_PRIVATE, IPC_CREAT = 0, 0o1000
assert libc.shmget(IPC_PRIVATE, 1 << 20, IPC_CREAT | 0o000) >= 0
assert libc.semget(IPC_PRIVATE, 1, IPC_CREAT | 0o000) >= 0
assert libc.msgget(IPC_PRIVATE, IPC_CREAT | 0o000) >= 0
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        import time
        time.sleep(3600)
    os._exit(0)
"""
SHOW_STATE = """
import os
print("tmp", sorted(os.listdir("/tmp")))
print("shm", sorted(os.listdir("/dev/shm")))
for kind in ("shm", "sem", "msg"):
    print(kind, len(open(f"/proc/sysvipc/{kind}").read().splitlines()) - 1)
print("pids", sorted(int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid()))
"""


def test_each_run_starts_clean(warm_box: LocalBox) -> None:
    run_python(warm_box, LEAVE_STATE)
    assert run_python(warm_box, SHOW_STATE).splitlines() == [
        "tmp []",
        "shm []",
        "shm 0",
        "sem 0",
        "msg 0",
        "pids [1]",
    ]


def test_exit_codes_above_128_are_exit_codes(warm_box: LocalBox) -> None:
    """The init reports the child's wait status; a launcher's 128 + N would read as signal N."""
    exited = warm_box.run(["/bin/sh", "-c", "exit 130"], limits=Limits())
    assert (exited.status, exited.exit_code, exited.signal) == (RunStatus.EXITED, 130, None)
    killed = warm_box.run(["/bin/sh", "-c", "kill -INT $$"], limits=Limits())
    assert (killed.status, killed.exit_code, killed.signal) == (
        RunStatus.SIGNALED,
        None,
        signal.SIGINT,
    )


def init_of(box: LocalBox) -> int:
    """The host pid of the box's init: the process running INIT_PATH with the box's work dir
    mounted at /box."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            mounts = Path(f"/proc/{entry}/mountinfo").read_text()
        except OSError:
            continue
        if cmdline.startswith(INIT_PATH.encode() + b"\0") and str(box.host_path) in mounts:
            return int(entry)
    raise AssertionError("no init for this box")


def test_a_dead_init_is_replaced(warm_box: LocalBox) -> None:
    warm_box.put("kept.txt", b"kept")
    first = warm_box.run(["/bin/cat", "kept.txt"], limits=Limits())
    assert first.stdout == b"kept"
    old = init_of(warm_box)
    pidfd = os.pidfd_open(old)
    try:
        os.kill(old, signal.SIGKILL)
        # An init that dies during a run fails that run; this one is dead before the next.
        assert select.select([pidfd], [], [], 30)[0]
    finally:
        os.close(pidfd)
    second = warm_box.run(["/bin/cat", "kept.txt"], limits=Limits())
    assert second.stdout == b"kept"
    assert init_of(warm_box) != old


def test_falls_back_to_a_bwrap_per_run(tmp_path: Path) -> None:
    """A cache others may write to is not trusted with the runner: runs get a bwrap each."""
    if not os.access("/usr/bin/bwrap", os.X_OK):
        pytest.skip("bubblewrap is not installed")
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o777)
    sandbox = LocalSandbox(cache_dir=cache)
    assert "one bwrap per run" in sandbox.enforcement()[0].detail
    with sandbox.open_box() as box:
        assert not box.warm
        result = box.run(["/bin/echo", "ok"], limits=Limits())
    assert result.stdout == b"ok\n"
    assert list(cache.iterdir()) == []

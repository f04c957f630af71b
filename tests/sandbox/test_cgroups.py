"""The cgroup drivers: v1 against the real hierarchy, v2 against a fake cgroupfs tree.

This machine has cgroup v1 controllers only (its cgroup2 mount has none), so the v2 code paths are
checked against a directory tree that stands in for cgroupfs: the interface files the kernel would
create on mkdir are written by the test, and the test plays the kernel's part where a file changes
by itself (cgroup.events after a kill). The mechanism itself (limits, OOM, kill) is covered for
real by the v1 tests here and by the local sandbox tests.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

from jupyter_leetarxiv.sandbox import cgroups
from jupyter_leetarxiv.sandbox.cgroups import (
    Mount,
    V1Driver,
    V2Driver,
    V2RunCgroup,
    own_dir,
    parse_mountinfo,
    parse_proc_cgroup,
)

HYBRID_MOUNTINFO = """\
30 25 0:26 / /sys/fs/cgroup ro,nosuid - tmpfs tmpfs ro,mode=755
31 30 0:27 / /sys/fs/cgroup/unified rw,nosuid - cgroup2 cgroup2 rw,nsdelegate
33 30 0:29 / /sys/fs/cgroup/memory rw,nosuid - cgroup cgroup rw,memory
34 30 0:30 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid - cgroup cgroup rw,cpu,cpuacct
35 30 0:31 /docker/abc /sys/fs/cgroup/pids rw,nosuid - cgroup cgroup rw,pids
"""
HYBRID_PROC_CGROUP = """\
9:name=systemd:/
4:memory:/process_api/c0
2:cpu,cpuacct:/
8:pids:/docker/abc/job
0::/
"""


def test_parse_mountinfo_finds_cgroup_mounts() -> None:
    mounts = parse_mountinfo(HYBRID_MOUNTINFO)
    assert [(str(m.point), m.fstype) for m in mounts] == [
        ("/sys/fs/cgroup/unified", "cgroup2"),
        ("/sys/fs/cgroup/memory", "cgroup"),
        ("/sys/fs/cgroup/cpu,cpuacct", "cgroup"),
        ("/sys/fs/cgroup/pids", "cgroup"),
    ]
    assert {"cpu", "cpuacct"} <= mounts[2].options


def test_parse_proc_cgroup_splits_comounted_controllers() -> None:
    own = parse_proc_cgroup(HYBRID_PROC_CGROUP)
    assert own["memory"] == "/process_api/c0"
    assert own["cpu"] == own["cpuacct"] == "/"
    assert own[""] == "/"


def test_own_dir_strips_the_mount_root() -> None:
    pids = parse_mountinfo(HYBRID_MOUNTINFO)[3]
    own = parse_proc_cgroup(HYBRID_PROC_CGROUP)
    assert own_dir(pids, own["pids"]) == Path("/sys/fs/cgroup/pids/job")
    memory = parse_mountinfo(HYBRID_MOUNTINFO)[1]
    assert own_dir(memory, own["memory"]) == Path("/sys/fs/cgroup/memory/process_api/c0")


# --------------------------------------------------------------------------- v1, real


@pytest.fixture
def v1() -> V1Driver:
    driver = cgroups.detect()
    if not isinstance(driver, V1Driver) or not driver.features.kill:
        pytest.skip("needs writable cgroup v1 hierarchies with a freezer (root on v1)")
    return driver


def test_v1_run_cgroup_kills_and_removes(v1: V1Driver) -> None:
    cg = v1.create()
    assert isinstance(cg, cgroups.V1RunCgroup)
    cg.limit(memory=64 << 20, pids=8)
    assert (cg.dirs["memory"] / "memory.limit_in_bytes").read_text().strip() == str(64 << 20)
    assert (cg.dirs["pids"] / "pids.max").read_text().strip() == "8"
    sleeper = subprocess.Popen(["sleep", "600"])
    try:
        for procs in cg.procs_files():
            procs.write_text(str(sleeper.pid))
        assert cg.pids() == [sleeper.pid]
        cg.kill_all()
        assert sleeper.wait(timeout=60) == -9
        assert cg.pids() == []
    finally:
        sleeper.kill()
        sleeper.wait()
    cg.remove()
    assert not any(d.exists() for d in cg.dirs.values())


# --------------------------------------------------------------------------- v2, fake tree


def fake_cgroup(path: Path, files: dict[str, str]) -> None:
    """What the kernel creates on mkdir in cgroupfs, written by hand."""
    path.mkdir(exist_ok=True)
    for name, content in files.items():
        (path / name).write_text(content)


def v2_tree(tmp_path: Path) -> tuple[list[Mount], dict[str, str]]:
    own = tmp_path / "user.slice" / "worker"
    fake_cgroup(tmp_path / "user.slice", {})
    fake_cgroup(own, {"cgroup.controllers": "cpuset cpu io memory pids", "cgroup.procs": "1\n"})
    fake_cgroup(
        own / "leetarxiv",
        {
            "cgroup.controllers": "cpu memory pids",
            "cgroup.subtree_control": "",
            "cgroup.kill": "",
        },
    )
    mounts = [Mount(tmp_path, "/", "cgroup2", frozenset({"rw"}))]
    return mounts, {"": "/user.slice/worker"}


def test_v2_driver_delegates_controllers(tmp_path: Path) -> None:
    mounts, own = v2_tree(tmp_path)
    driver = cgroups.v2_driver(mounts, own)
    assert isinstance(driver, V2Driver)
    worker = tmp_path / "user.slice" / "worker"
    assert (worker / "cgroup.subtree_control").read_text().split() == ["+cpu", "+memory", "+pids"]
    assert (worker / "leetarxiv" / "cgroup.subtree_control").read_text().split() == [
        "+memory",
        "+pids",
        "+cpu",
    ]
    assert driver.features == cgroups.CgroupFeatures("v2", True, True, True, True)


def test_v2_driver_without_controllers_is_none(tmp_path: Path) -> None:
    fake_cgroup(tmp_path, {"cgroup.controllers": "hugetlb"})
    mounts = [Mount(tmp_path, "/", "cgroup2", frozenset())]
    assert cgroups.v2_driver(mounts, {"": "/"}) is None


def v2_run(tmp_path: Path) -> V2RunCgroup:
    mounts, own = v2_tree(tmp_path)
    driver = cgroups.v2_driver(mounts, own)
    assert driver is not None
    cg = driver.create()
    assert isinstance(cg, V2RunCgroup)
    fake_cgroup(
        cg.path,
        {
            "cgroup.procs": "",
            "cgroup.events": "populated 0\nfrozen 0\n",
            "cgroup.kill": "",
            "memory.max": "max\n",
            "memory.swap.max": "max\n",
            "memory.oom.group": "0\n",
            "pids.max": "max\n",
            "cpu.stat": "usage_usec 1500000\nuser_usec 1000000\nsystem_usec 500000\n",
            "memory.peak": "12345678\n",
            "memory.events": "low 0\nhigh 0\nmax 3\noom 1\noom_kill 0\noom_group_kill 0\n",
        },
    )
    return cg


def test_v2_limits_written(tmp_path: Path) -> None:
    cg = v2_run(tmp_path)
    cg.limit(memory=64 << 20, pids=10)
    assert (cg.path / "memory.max").read_text() == str(64 << 20)
    assert (cg.path / "memory.swap.max").read_text() == "0"
    assert (cg.path / "memory.oom.group").read_text() == "1"
    assert (cg.path / "pids.max").read_text() == "10"
    assert cg.procs_files() == [cg.path / "cgroup.procs"]


def test_v2_measurements_read(tmp_path: Path) -> None:
    cg = v2_run(tmp_path)
    assert cg.cpu_time() == 1.5
    assert cg.memory_peak() == 12345678
    assert not cg.oom_killed()
    (cg.path / "memory.events").write_text("oom 2\noom_kill 1\n")
    assert cg.oom_killed()


def test_v2_kill_uses_cgroup_kill_and_waits_for_empty(tmp_path: Path) -> None:
    cg = v2_run(tmp_path)
    events = cg.path / "cgroup.events"
    events.write_text("populated 1\nfrozen 0\n")
    killer = threading.Thread(target=cg.kill_all)
    killer.start()
    # Play the kernel: once cgroup.kill is written, the cgroup empties.
    deadline = time.monotonic() + 30
    while (cg.path / "cgroup.kill").read_text() != "1" and time.monotonic() < deadline:
        time.sleep(0.001)
    assert killer.is_alive()  # still waiting for the cgroup to empty
    events.write_text("populated 0\nfrozen 0\n")
    killer.join(timeout=30)
    assert not killer.is_alive()
    assert (cg.path / "cgroup.kill").read_text() == "1"


def test_v2_kill_of_empty_cgroup_is_a_no_op(tmp_path: Path) -> None:
    cg = v2_run(tmp_path)
    cg.kill_all()
    assert (cg.path / "cgroup.kill").read_text() == ""


def test_run_names_unique_across_threads(tmp_path: Path) -> None:
    mounts, own = v2_tree(tmp_path)
    driver = cgroups.v2_driver(mounts, own)
    assert driver is not None
    made: list[Path] = []

    def make() -> None:
        for _ in range(50):
            cg = driver.create()
            assert isinstance(cg, V2RunCgroup)
            made.append(cg.path)

    threads = [threading.Thread(target=make) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(made)) == 200
    assert all(p.name.startswith(f"{os.getpid()}-") for p in made)


# --------------------------------------------------------------------------- leftovers


def dead_pid() -> int:
    """The pid of a process that has exited and been reaped."""
    child = subprocess.Popen(["/bin/true"])
    child.wait()
    return child.pid


def test_sweep_removes_only_old_empty_cgroups_of_dead_workers(tmp_path: Path) -> None:
    """What a killed worker leaves goes; what a live worker (or a fresh one) uses stays."""
    dead, live = dead_pid(), os.getpid()
    old = time.time() - 3600
    names = {
        "stale": f"{dead}-0",  # old, empty, its worker gone
        "fresh": f"{dead}-1",  # empty, but just made (another pid namespace's worker)
        "live": f"{live}-0",  # its worker is alive
        "busy": f"{dead}-2",  # holds something (rmdir refuses a populated cgroup)
        "other": "not-a-run",
    }
    for key, name in names.items():
        (tmp_path / name).mkdir()
        if key == "busy":
            (tmp_path / name / "cgroup.procs").write_text("1\n")
        if key != "fresh":
            os.utime(tmp_path / name, (old, old))
    cgroups.sweep(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        names[key] for key in ("fresh", "live", "busy", "other")
    )


def test_create_replaces_a_leftover_with_our_pid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dead process that had our pid may have left the very name we are about to use."""
    mounts, own = v2_tree(tmp_path)
    driver = cgroups.v2_driver(mounts, own)
    assert driver is not None
    monkeypatch.setattr(cgroups, "_names", itertools.count(7))
    leftover = driver.base / f"{os.getpid()}-7"
    leftover.mkdir()
    cg = driver.create()
    assert isinstance(cg, V2RunCgroup)
    assert cg.path == leftover
    assert cg.path.is_dir()

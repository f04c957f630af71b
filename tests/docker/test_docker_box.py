"""The docker sandbox's boxes, one call at a time: files in and out, runs and their limits.

Every box is a real container of the compiler image on podman, driven through the ``docker``
package against podman's Docker-compatible API.
"""

from __future__ import annotations

import json
import signal
from pathlib import Path

import docker
import pytest
from dockertools import RecordingSandbox

from jupyter_leetarxiv.sandbox.base import Limits, MiB, RunResult, RunStatus, SandboxError
from jupyter_leetarxiv.sandbox.docker.backend import LABEL, UID_RANGE, DockerBox
from jupyter_leetarxiv.sandbox.docker.settings import DockerSettings

PY = "/usr/bin/python3"
LIMITS = Limits(cpu_time=5, memory=256 * MiB)


def py(
    box: DockerBox, code: str, limits: Limits = LIMITS, stdin: bytes | Path | None = None
) -> RunResult:
    box.put("prog.py", code.encode())
    return box.run([PY, "prog.py"], limits=limits, stdin=stdin)


def test_enforcement_is_complete(sandbox: RecordingSandbox) -> None:
    checks = {c.name: c for c in sandbox.enforcement()}
    missing = [f"{c.name}: {c.detail}" for c in checks.values() if not c.enforced]
    assert not missing
    assert {"container engine", "unprivileged user", "network", "read-only root", "seccomp"} <= set(
        checks
    )
    assert checks["network"].detail == "interfaces: lo"


def test_box_container_is_locked_down(box: DockerBox, engine: docker.DockerClient) -> None:
    attrs = engine.api.inspect_container(box.container_id)
    host = attrs["HostConfig"]
    assert attrs["Config"]["Labels"][LABEL] == "1"
    assert host["NetworkMode"] == "none"
    assert host["ReadonlyRootfs"] is True
    assert host["Privileged"] is False
    assert "no-new-privileges" in host["SecurityOpt"]
    assert host["PidsLimit"] > 0 and host["Memory"] > 0
    uid = int(attrs["Config"]["User"].split(":")[0])
    assert UID_RANGE[0] <= uid < UID_RANGE[1]
    facts = box.probe()
    assert facts["uid"] == uid and facts["pid"] == 1 and facts["dumpable"] == 0
    assert facts["capabilities"] == "0000000000000000"


def test_run_reports_exit_signal_and_output(box: DockerBox) -> None:
    done = py(box, "import sys; print('out'); print('err', file=sys.stderr); sys.exit(3)")
    assert (done.status, done.exit_code, done.stdout, done.stderr) == (
        RunStatus.EXITED,
        3,
        b"out\n",
        b"err\n",
    )
    killed = py(box, "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)")
    assert (killed.status, killed.signal, killed.exit_code) == (
        RunStatus.SIGNALED,
        signal.SIGSEGV,
        None,
    )


def test_stdin_from_bytes_and_from_a_host_file(box: DockerBox, tmp_path: Path) -> None:
    big = b"".join(b"%d\n" % i for i in range(300_000))  # ~2 MB through the attach stream
    code = (
        "import sys; data = sys.stdin.buffer.read(); print(len(data), sum(map(int, data.split())))"
    )
    assert py(box, code, stdin=big).stdout == f"{len(big)} {sum(range(300_000))}\n".encode()
    given = tmp_path / "input.txt"
    given.write_bytes(b"20 22\n")
    assert py(box, code, stdin=given).stdout == b"6 42\n"


def test_env_is_only_what_the_run_gets(box: DockerBox) -> None:
    box.put("env.py", b"import os; print(sorted(os.environ.items()))")
    done = box.run([PY, "env.py"], limits=LIMITS, env={"ONLY": "this"})
    assert b"('ONLY', 'this')" in done.stdout
    assert b"DOCKER" not in done.stdout and b"LEETARXIV" not in done.stdout


def test_a_missing_program_exits_127(box: DockerBox) -> None:
    done = box.run(["./no-such-program"], limits=LIMITS)
    assert (done.status, done.exit_code) == (RunStatus.EXITED, 127)
    assert b"no-such-program" in done.stderr


def test_limits_end_runs_with_their_status(box: DockerBox) -> None:
    assert py(box, "while True: pass", Limits(cpu_time=1)).status is RunStatus.TIME_LIMIT
    assert py(box, "import time; time.sleep(60)", Limits(cpu_time=1, wall_time=2)).status is (
        RunStatus.WALL_LIMIT
    )
    hog = "x = bytearray(400 * 2**20)\nfor i in range(0, len(x), 4096): x[i] = 1"
    mle = py(box, hog, Limits(cpu_time=10, memory=128 * MiB))
    assert mle.status is RunStatus.MEMORY_LIMIT and mle.memory > 128 * MiB
    flood = py(box, "import sys\nwhile True: sys.stdout.write('x' * 65536)", Limits(output=MiB))
    assert flood.status is RunStatus.OUTPUT_LIMIT and len(flood.stdout) <= MiB
    # The box is still fine after all that.
    assert py(box, "print(6 * 7)").stdout == b"42\n"


def test_peak_memory_is_the_programs_own(box: DockerBox) -> None:
    """Not the Python runner's: programs are forked from a small spawner."""
    small = py(box, "pass")
    big = py(box, "x = bytearray(100 * 2**20)\nfor i in range(0, len(x), 4096): x[i] = 1")
    assert small.memory < 32 * MiB < 100 * MiB < big.memory < 200 * MiB


def test_nothing_of_a_run_outlives_it(box: DockerBox) -> None:
    daemon = (
        "import os, time\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        "    if os.fork() == 0:\n"
        "        open('/tmp/alive', 'w').close()\n"
        "        time.sleep(600)\n"
    )
    assert py(box, daemon).ok
    # The next run sees no other process and an empty /tmp.
    check = "import json, os; print(json.dumps([os.listdir('/proc'), os.listdir('/tmp')]))"
    entries, tmp = json.loads(py(box, check).stdout)
    pids = [p for p in entries if p.isdigit()]
    assert len(pids) == 2 and "1" in pids  # the runner and this program
    assert tmp == []


def test_programs_cannot_touch_the_runner(box: DockerBox) -> None:
    attack = (
        "import os, signal\n"
        "for s in (signal.SIGKILL, signal.SIGSTOP, signal.SIGTERM):\n"
        "    os.kill(1, s)\n"
        "try:\n"
        "    open('/proc/1/mem', 'rb')\n"
        "except OSError as e:\n"
        "    print(e.strerror)\n"
        "try:\n"
        "    os.kill(-1, signal.SIGKILL)\n"
        "except OSError:\n"
        "    pass\n"
        "print('still here')\n"
    )
    done = py(box, attack)
    assert done.stdout == b"Permission denied\nstill here\n"
    assert py(box, "print('next')").stdout == b"next\n"


def test_put_get_and_what_get_refuses(box: DockerBox) -> None:
    box.put("dir/sub/file.txt", b"hello")
    box.put("run.sh", b"#!/bin/sh\necho ran\n", executable=True)
    assert box.get("dir/sub/file.txt", 100) == b"hello"
    assert box.get("dir/sub/file.txt", 3) == b"hel"
    assert box.get("missing", 100) is None
    assert box.run(["./run.sh"], limits=LIMITS).stdout == b"ran\n"
    plant = (
        "import os\n"
        "os.symlink('/etc/passwd', 'link')\n"
        "os.symlink('/etc', 'dirlink')\n"
        "os.mkfifo('fifo')\n"
        "os.mkdir('plain')\n"
        "open('plain/ok', 'w').write('ok')\n"
        "os.symlink('/etc', 'planted')\n"
    )
    assert py(box, plant).ok
    assert box.get("link", 10_000) is None  # a symlink, even to a readable file
    assert box.get("dirlink/passwd", 10_000) is None  # reached through a symlink
    assert box.get("fifo", 100) is None
    assert box.get("plain", 100) is None  # a directory
    assert box.get("plain/ok", 100) == b"ok"
    # Writing through a planted directory symlink replaces the link; nothing lands in /etc.
    box.put("planted/x", b"mine")
    assert box.get("planted/x", 100) == b"mine"
    check = "import os; print(os.path.islink('planted'), os.path.exists('/etc/x'))"
    assert py(box, check).stdout == b"False False\n"
    with pytest.raises(ValueError, match="relative path"):
        box.put("../escape", b"")


def test_boxes_are_apart(sandbox: RecordingSandbox) -> None:
    with sandbox.open_box() as one, sandbox.open_box() as two:
        assert one.uid != two.uid
        one.put("mine.txt", b"secret")
        assert two.get("mine.txt", 100) is None
        assert py(two, "import os; print(os.path.exists('/box/mine.txt'))").stdout == b"False\n"


def test_close_removes_the_container(
    sandbox: RecordingSandbox, engine: docker.DockerClient
) -> None:
    box = sandbox.open_box()
    name = box.container_id
    assert engine.containers.get(name).status == "running"
    box.close()
    with pytest.raises(docker.errors.NotFound):
        engine.containers.get(name)
    with pytest.raises(SandboxError, match="closed"):
        box.run(["/bin/true"], limits=LIMITS)


def test_a_box_whose_container_dies_fails_loudly(
    sandbox: RecordingSandbox, engine: docker.DockerClient
) -> None:
    with sandbox.open_box() as box:
        engine.containers.get(box.container_id).kill()
        with pytest.raises(SandboxError):
            box.run(["/bin/true"], limits=LIMITS)
        with pytest.raises(SandboxError, match="broken"):
            box.run(["/bin/true"], limits=LIMITS)


def test_a_missing_image_is_named(engine: docker.DockerClient) -> None:
    nowhere = RecordingSandbox(DockerSettings(image="localhost/no-such-image:0"), engine)
    with pytest.raises(SandboxError, match="build-image"):
        nowhere.open_box()
    checks = nowhere.enforcement()
    assert checks[0].enforced and not checks[1].enforced

"""What a program in the local sandbox cannot see or do, each with a C and a Python program."""

from __future__ import annotations

import errno
import signal
import socket
import threading
from pathlib import Path

import pytest

from jupyter_leetarxiv.sandbox.base import Limits, RunStatus, SandboxError
from jupyter_leetarxiv.sandbox.local import LocalBox, LocalSandbox

from .boxtools import Build, processes_with

RABBITMQ = ("127.0.0.1", 5672)

CONNECT_C = """
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <sys/socket.h>
int main(void) {
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons(5672);
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0) { printf("%d\\n", errno); return 0; }
    if (connect(s, (struct sockaddr *)&a, sizeof a) == 0) { puts("connected"); return 0; }
    printf("%d\\n", errno);
    return 0;
}
"""
CONNECT_PY = """
import socket
try:
    socket.create_connection(("127.0.0.1", 5672), timeout=5)
    print("connected")
except OSError as e:
    print(e.errno)
"""


def test_network_unreachable(box: LocalBox, build: Build) -> None:
    prog = build(CONNECT_C, CONNECT_PY)
    result = box.run(prog.argv, limits=Limits(wall_time=10))
    assert result.ok, result.stderr
    # The box's network namespace has only its own loopback: the host's broker is not on it.
    assert result.stdout.strip() in (b"%d" % errno.ECONNREFUSED, b"%d" % errno.ENETUNREACH)


def test_host_broker_is_reachable_outside() -> None:
    """Guards the test above: the port it fails to reach really is open on the host."""
    try:
        socket.create_connection(RABBITMQ, timeout=2).close()
    except OSError:
        pytest.skip("no broker on 127.0.0.1:5672 on this machine")


PROBE_C = """
#include <stdio.h>
#include <unistd.h>
int main(int argc, char **argv) {
    for (int i = 2; i < argc; i++) printf("%s %d\\n", argv[i], access(argv[i], F_OK) == 0);
    return 0;
}
"""
PROBE_PY = """
import os, sys
for path in sys.argv[2:]:
    print(path, int(os.path.exists(path)))
"""


def test_host_files_not_visible(box: LocalBox, build: Build, tmp_path: Path) -> None:
    prog = build(PROBE_C, PROBE_PY)
    secret = tmp_path / "problem-data.txt"
    secret.write_text("hidden test answer")
    hidden = ["/etc/shadow", "/root", "/home", str(secret), str(box.host_path)]
    visible = ["/usr/bin", "/etc/ld.so.cache", "/box", "/tmp", "/proc/self"]
    result = box.run(prog.argv + hidden + visible, limits=Limits())
    assert result.ok, result.stderr
    seen = dict(line.rsplit(" ", 1) for line in result.stdout.decode().splitlines())
    assert {path: seen[path] for path in hidden} == dict.fromkeys(hidden, "0")
    assert {path: seen[path] for path in visible} == dict.fromkeys(visible, "1")


ENV_C = """
#include <stdio.h>
extern char **environ;
int main(void) {
    for (char **e = environ; *e; e++) puts(*e);
    return 0;
}
"""
ENV_PY = """
import os
for key, value in os.environ.items():
    print(f"{key}={value}")
"""


def test_host_env_not_visible(box: LocalBox, build: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    prog = build(ENV_C, ENV_PY)
    monkeypatch.setenv("LEETARXIV_BROKER_PASSWORD", "hunter2")
    result = box.run(prog.argv, limits=Limits(), env={"ONLY_THIS": "1"})
    assert result.ok, result.stderr
    env = dict(line.split("=", 1) for line in result.stdout.decode().splitlines())
    assert "LEETARXIV_BROKER_PASSWORD" not in env
    assert b"hunter2" not in result.stdout
    assert env["ONLY_THIS"] == "1"
    assert env["HOME"] == "/box"


DAEMON_C = """
#include <unistd.h>
int main(void) {
    if (fork() == 0) {
        setsid();
        if (fork() == 0) {
            close(0); close(1); close(2);
            for (;;) sleep(1);
        }
        return 0;
    }
    return 0;
}
"""
DAEMON_PY = """
import os, sys, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.close(0); os.close(1); os.close(2)
        while True:
            time.sleep(1)
    os._exit(0)
"""


def test_daemon_dies_with_the_run(box: LocalBox, build: Build) -> None:
    prog = build(DAEMON_C, DAEMON_PY)
    result = box.run(prog.argv, limits=Limits())
    assert result.ok, result.stderr
    assert not processes_with(prog.marker)


SYMLINK_C = """
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
int main(int argc, char **argv) {
    mkdir("sub", 0755);
    return symlink(argv[2], "leak") || symlink(argv[3], "dir") || symlink(argv[2], "sub/leak");
}
"""
SYMLINK_PY = """
import os, sys
os.mkdir("sub")
os.symlink(sys.argv[2], "leak")
os.symlink(sys.argv[3], "dir")
os.symlink(sys.argv[2], "sub/leak")
"""


def test_planted_symlinks_not_followed(box: LocalBox, build: Build, tmp_path: Path) -> None:
    prog = build(SYMLINK_C, SYMLINK_PY)
    host_file = tmp_path / "host-secret.txt"
    host_file.write_text("host secret")
    result = box.run([*prog.argv, str(host_file), str(tmp_path)], limits=Limits())
    assert result.ok, result.stderr

    assert box.get("leak", 100) is None
    assert box.get("sub/leak", 100) is None
    assert box.get("dir/host-secret.txt", 100) is None

    box.put("leak", b"replaced")
    box.put("sub/leak", b"replaced too")
    assert host_file.read_text() == "host secret"
    assert box.get("leak", 100) == b"replaced"
    assert box.get("sub/leak", 100) == b"replaced too"

    with pytest.raises(SandboxError):
        box.put("dir/planted.txt", b"x")
    assert not (tmp_path / "planted.txt").exists()


def test_get_refuses_fifo_and_caps_size(box: LocalBox) -> None:
    result = box.run(
        ["/bin/sh", "-c", "mkfifo pipe && head -c 5000 /dev/zero > big"], limits=Limits()
    )
    assert result.ok, result.stderr
    assert box.get("pipe", 100) is None
    assert box.get("big", 100) == b"\0" * 100
    assert box.get("missing", 100) is None


PTRACE_C = """
#include <stdio.h>
#include <sys/ptrace.h>
int main(void) { ptrace(PTRACE_TRACEME, 0, 0, 0); puts("survived"); return 0; }
"""
PTRACE_PY = """
import ctypes
ctypes.CDLL(None, use_errno=True).ptrace(0, 0, 0, 0)
print("survived")
"""


def test_ptrace_kills(box: LocalBox, build: Build) -> None:
    prog = build(PTRACE_C, PTRACE_PY)
    result = box.run(prog.argv, limits=Limits())
    assert result.status is RunStatus.SIGNALED
    assert result.signal == signal.SIGSYS
    assert b"survived" not in result.stdout


# keyctl works in an unprivileged user namespace, so only the seccomp filter stops it; mount and
# unshare would fail for want of capabilities anyway but must fail with the filter's EPERM.
DENIED_C = """
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
    errno = 0;
    long r = syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -3 /* session */, 1);
    printf("keyctl %ld %d\\n", r, errno);
    errno = 0;
    r = mount("none", "/tmp", "tmpfs", 0, 0);
    printf("mount %ld %d\\n", r, errno);
    errno = 0;
    r = unshare(CLONE_NEWUSER);
    printf("unshare %ld %d\\n", r, errno);
    return 0;
}
"""
DENIED_PY = """
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
for name, call in [
    ("keyctl", lambda: libc.syscall(250, 0, -3, 1)),
    ("mount", lambda: libc.mount(b"none", b"/tmp", b"tmpfs", 0, None)),
    ("unshare", lambda: libc.unshare(0x10000000)),
]:
    ctypes.set_errno(0)
    r = call()
    print(name, r, ctypes.get_errno())
"""


def test_denied_syscalls_fail_with_eperm(box: LocalBox, build: Build) -> None:
    prog = build(DENIED_C, DENIED_PY)
    result = box.run(prog.argv, limits=Limits())
    assert result.ok, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines == [f"{name} -1 {errno.EPERM}" for name in ("keyctl", "mount", "unshare")]


def test_runs_unprivileged(box: LocalBox) -> None:
    result = box.run(["/bin/sh", "-c", "id -u; hostname; cat /proc/self/status"], limits=Limits())
    assert result.ok
    uid, host, *status = result.stdout.decode().splitlines()
    assert uid != "0"
    assert host == "sandbox"
    caps = {line.split(":")[0]: line.split()[1] for line in status if line.startswith("Cap")}
    assert caps["CapEff"] == "0000000000000000"
    assert any(line.split() == ["Seccomp:", "2"] for line in status)


def test_only_the_work_dir_and_tmpfs_are_writable(box: LocalBox) -> None:
    dirs = "/ /etc /dev /usr /box /tmp /dev/shm"
    script = f"for d in {dirs}; do touch $d/w 2>/dev/null && echo $d; done"
    result = box.run(["/bin/sh", "-c", script], limits=Limits())
    assert result.ok, result.stderr
    assert result.stdout.decode().split() == ["/box", "/tmp", "/dev/shm"]


def test_workdir_removed_without_following_symlinks(box: LocalBox, tmp_path: Path) -> None:
    keep = tmp_path / "keep"
    keep.mkdir()
    (keep / "file").write_text("keep me")
    result = box.run(
        ["/bin/sh", "-c", f"mkdir -p a/b && ln -s {keep} a/b/link && ln -s {keep}/file f"],
        limits=Limits(),
    )
    assert result.ok, result.stderr
    host_path = box.host_path
    box.close()
    assert not host_path.exists()
    assert (keep / "file").read_text() == "keep me"


def test_processes_of_other_boxes_invisible(box: LocalBox) -> None:
    result = box.run(["/bin/sh", "-c", "ls /proc | grep -c '^[0-9]'"], limits=Limits())
    assert result.ok
    # bwrap's init, the shell, ls and grep: nothing of the host.
    assert int(result.stdout) <= 4


def test_concurrent_boxes_from_threads(sandbox: LocalSandbox) -> None:
    """A worker pool runs boxes from several threads of one process at once."""
    results: dict[int, tuple[bytes, bytes | None]] = {}

    def work(i: int) -> None:
        with sandbox.open_box() as b:
            b.put("mine.txt", b"box %d" % i)
            outputs = [
                b.run(
                    ["/bin/sh", "-c", "cat mine.txt; ls /box; cat"],
                    limits=Limits(),
                    stdin=b" run %d" % n,
                ).stdout
                for n in range(5)
            ]
            results[i] = (b"|".join(outputs), b.get("mine.txt", 100))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i in range(6):
        expected = b"|".join(b"box %dmine.txt\n run %d" % (i, n) for n in range(5))
        assert results[i] == (expected, b"box %d" % i)

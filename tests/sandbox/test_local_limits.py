"""Limits of the local sandbox, each with a C and a Python program, on real bwrap and cgroups."""

from __future__ import annotations

import signal
from pathlib import Path

from jupyter_leetarxiv.sandbox.base import Limits, MiB, RunStatus
from jupyter_leetarxiv.sandbox.local import LocalBox

from .boxtools import Build, processes_with

EXIT_C = "int main(void) { return 7; }"
EXIT_PY = "import sys\nsys.exit(7)\n"


def test_exit_code_reported(box: LocalBox, build: Build) -> None:
    prog = build(EXIT_C, EXIT_PY)
    result = box.run(prog.argv, limits=Limits())
    assert result.status is RunStatus.EXITED
    assert (result.exit_code, result.signal) == (7, None)


def test_zero_exit_is_ok(box: LocalBox, build: Build) -> None:
    prog = build(
        '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }',
        "print('hello')\n",
    )
    result = box.run(prog.argv, limits=Limits())
    assert result.ok
    assert result.stdout == b"hello\n"
    assert result.exit_code == 0


SEGV_C = "#include <signal.h>\nint main(void) { raise(SIGSEGV); return 0; }"
SEGV_PY = "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n"


def test_signal_reported(box: LocalBox, build: Build) -> None:
    prog = build(SEGV_C, SEGV_PY)
    result = box.run(prog.argv, limits=Limits())
    assert result.status is RunStatus.SIGNALED
    assert result.signal == signal.SIGSEGV
    assert result.exit_code is None


BUSY_C = "int main(void) { volatile unsigned long n = 0; for (;;) n++; }"
BUSY_PY = "n = 0\nwhile True:\n    n += 1\n"


def test_cpu_limit(box: LocalBox, build: Build) -> None:
    prog = build(BUSY_C, BUSY_PY)
    result = box.run(prog.argv, limits=Limits(cpu_time=0.5, wall_time=30))
    assert result.status is RunStatus.TIME_LIMIT
    assert 0.5 <= result.cpu_time < 1.0


SLEEP_C = "#include <unistd.h>\nint main(void) { sleep(30); return 0; }"
SLEEP_PY = "import time\ntime.sleep(30)\n"


def test_wall_limit(box: LocalBox, build: Build) -> None:
    prog = build(SLEEP_C, SLEEP_PY)
    result = box.run(prog.argv, limits=Limits(cpu_time=1, wall_time=0.5))
    assert result.status is RunStatus.WALL_LIMIT
    assert result.cpu_time < 0.5
    assert not processes_with(prog.marker)


ALLOC_C = """
#include <stdlib.h>
int main(void) {
    size_t n = (size_t)1 << 30;
    volatile char *p = malloc(n);
    if (!p) return 3;
    for (size_t i = 0; i < n; i += 4096) p[i] = 1;
    return 0;
}
"""
ALLOC_PY = "x = b'x' * (1 << 30)\nprint(len(x))\n"


def test_memory_limit(box: LocalBox, build: Build) -> None:
    prog = build(ALLOC_C, ALLOC_PY)
    result = box.run(prog.argv, limits=Limits(cpu_time=5, memory=64 * MiB))
    assert result.status is RunStatus.MEMORY_LIMIT
    assert result.signal == signal.SIGKILL
    assert 32 * MiB < result.memory <= 64 * MiB


# Fork until the kernel refuses, keeping every child alive, then report how many there were.
FORKS_C = """
#include <stdio.h>
#include <unistd.h>
int main(void) {
    int n = 0;
    for (int i = 0; i < 10000; i++) {
        pid_t pid = fork();
        if (pid < 0) break;
        if (pid == 0) { for (;;) pause(); }
        n++;
    }
    printf("%d\\n", n);
    fflush(stdout);
    for (;;) pause();
}
"""
FORKS_PY = """
import os, signal, sys
n = 0
for _ in range(10000):
    try:
        pid = os.fork()
    except OSError:
        break
    if pid == 0:
        while True:
            signal.pause()
    n += 1
print(n, flush=True)
while True:
    signal.pause()
"""


def test_fork_bomb_contained(box: LocalBox, build: Build) -> None:
    prog = build(FORKS_C, FORKS_PY)
    result = box.run(prog.argv, limits=Limits(cpu_time=2, wall_time=3, processes=16))
    assert result.status is RunStatus.WALL_LIMIT
    forked = int(result.stdout)
    assert 0 < forked < 16
    assert not processes_with(prog.marker)


FLOOD_C = """
#include <stdio.h>
#include <string.h>
int main(void) {
    static char buf[65536];
    memset(buf, 'x', sizeof buf);
    for (;;) fwrite(buf, 1, sizeof buf, stdout);
}
"""
FLOOD_PY = """
import sys
chunk = b'x' * 65536
while True:
    sys.stdout.buffer.write(chunk)
"""


def test_output_limit(box: LocalBox, build: Build) -> None:
    prog = build(FLOOD_C, FLOOD_PY)
    result = box.run(prog.argv, limits=Limits(cpu_time=5, output=1 * MiB))
    assert result.status is RunStatus.OUTPUT_LIMIT
    assert result.stdout == b"x" * MiB


STDERR_C = """
#include <stdio.h>
int main(void) {
    for (int i = 0; i < 100000; i++) fputs("error line\\n", stderr);
    puts("done");
    return 0;
}
"""
STDERR_PY = """
import sys
for _ in range(100000):
    sys.stderr.write('error line\\n')
print('done')
"""


def test_stderr_capped_silently(box: LocalBox, build: Build) -> None:
    prog = build(STDERR_C, STDERR_PY)
    result = box.run(prog.argv, limits=Limits(cpu_time=5, stderr=1000))
    assert result.ok
    assert result.stdout == b"done\n"
    assert len(result.stderr) == 1000
    assert result.stderr.startswith(b"error line\n")


def test_stderr_counts_against_the_output_limit(box: LocalBox) -> None:
    """Only a head of stderr is kept, but the host must not read and discard it without end."""
    result = box.run(
        ["/bin/sh", "-c", "head -c 3000000 /dev/zero >&2; echo done"],
        limits=Limits(cpu_time=5, output=1 * MiB, stderr=1000),
    )
    assert result.status is RunStatus.OUTPUT_LIMIT
    assert result.stderr == b"\0" * 1000
    assert result.stdout == b""


def test_missing_program_is_the_programs_failure(box: LocalBox) -> None:
    """A program that deleted its own binary in an earlier run fails, not the sandbox."""
    result = box.run(["./deleted"], limits=Limits())
    assert result.status is RunStatus.EXITED
    assert result.exit_code == 127


def test_forged_sandbox_message_is_the_programs_failure(box: LocalBox) -> None:
    """A program that prints what bwrap prints when it cannot start, and exits as bwrap does,
    gets its own failure, not a sandbox failure (which would be a judge error)."""
    forged = 'echo "bwrap: Can\'t mount proc on /newroot/proc: Operation not permitted" >&2'
    result = box.run(["/bin/sh", "-c", f"{forged}; exit 1"], limits=Limits())
    assert (result.status, result.exit_code) == (RunStatus.EXITED, 1)


ECHO_C = """
#include <stdio.h>
int main(void) {
    static char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) fwrite(buf, 1, n, stdout);
    return 0;
}
"""
ECHO_PY = """
import sys
while True:
    chunk = sys.stdin.buffer.read(65536)
    if not chunk:
        break
    sys.stdout.buffer.write(chunk)
"""
# Larger than a pipe buffer, so feeding stdin and draining stdout must interleave.
BIG_INPUT = b"".join(b"%d\n" % i for i in range(300_000))


def test_stdin_from_bytes(box: LocalBox, build: Build) -> None:
    prog = build(ECHO_C, ECHO_PY)
    result = box.run(prog.argv, limits=Limits(cpu_time=5), stdin=BIG_INPUT)
    assert result.ok
    assert result.stdout == BIG_INPUT


def test_stdin_from_path(box: LocalBox, build: Build, tmp_path: Path) -> None:
    prog = build(ECHO_C, ECHO_PY)
    data = tmp_path / "input.txt"
    data.write_bytes(BIG_INPUT)
    result = box.run(prog.argv, limits=Limits(cpu_time=5), stdin=data)
    assert result.ok
    assert result.stdout == BIG_INPUT


def test_no_stdin_reads_eof(box: LocalBox, build: Build) -> None:
    prog = build(ECHO_C, ECHO_PY)
    result = box.run(prog.argv, limits=Limits())
    assert result.ok
    assert result.stdout == b""


def test_file_size_limit(box: LocalBox) -> None:
    result = box.run(
        ["/bin/sh", "-c", "exec head -c 2000000 /dev/zero > big"],
        limits=Limits(file_size=1 * MiB),
    )
    assert result.status is RunStatus.SIGNALED
    assert result.signal == signal.SIGXFSZ
    assert len(box.get("big", 10 * MiB) or b"") == MiB

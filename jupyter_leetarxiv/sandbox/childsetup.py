"""What the forked child does between fork and exec: join the run's cgroups, lower rlimits.

This runs as ``preexec_fn`` in a child forked from a possibly multi-threaded worker, where taking
a lock another thread held at fork time would deadlock. So everything is computed in the parent
and the child only makes raw system calls: write(2) "0" into cgroup.procs fds opened by the
parent (the kernel checks the opener's credentials, so this works after the uid drop that
subprocess performs before preexec_fn), then setrlimit(2).

Memory is deliberately not an rlimit: RLIMIT_AS breaks the JVM, Go and GHC, which reserve far
more address space than they use. The cgroup limits resident memory instead.
"""

from __future__ import annotations

import math
import os
import resource
from collections.abc import Callable, Sequence

from jupyter_leetarxiv.sandbox.base import Limits

Rlimit = tuple[int, int, int]  # (resource, soft, hard)
_STACK = 256 * 1024 * 1024


def _capped(value: int, hard: int) -> int:
    """Without CAP_SYS_RESOURCE no limit can exceed the hard limit the worker inherited."""
    if hard == resource.RLIM_INFINITY:
        return value
    return min(value, hard)


def rlimits(limits: Limits) -> list[Rlimit]:
    """The rlimits of one run, clamped to what this process may set."""
    # RLIMIT_CPU is a backstop per process: the host polls the cgroup's CPU usage (all
    # processes) and kills at the limit. SIGXCPU at the soft limit, SIGKILL a second later.
    cpu = math.ceil(limits.cpu_time) + 1
    wanted = [
        (resource.RLIMIT_CPU, cpu, cpu + 1),
        (resource.RLIMIT_FSIZE, limits.file_size, limits.file_size),
        (resource.RLIMIT_NOFILE, limits.open_files, limits.open_files),
        (resource.RLIMIT_CORE, 0, 0),
        # Deep recursion is normal in contest code; a small stack would turn it into a crash.
        (resource.RLIMIT_STACK, min(_STACK, limits.memory), min(_STACK, limits.memory)),
    ]
    out = []
    for res, soft, hard in wanted:
        _, cur_hard = resource.getrlimit(res)
        hard = _capped(hard, cur_hard)
        out.append((res, min(_capped(soft, cur_hard), hard), hard))
    return out


def preexec(join_fds: Sequence[int], limits: Sequence[Rlimit]) -> Callable[[], None]:
    """The preexec_fn for subprocess.Popen."""
    fds = tuple(join_fds)
    rl = tuple(limits)
    write = os.write
    setrlimit = resource.setrlimit

    def child() -> None:
        for fd in fds:
            write(fd, b"0")  # "0" is the writing process itself
        for res, soft, hard in rl:
            setrlimit(res, (soft, hard))

    return child

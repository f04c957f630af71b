"""The seccomp deny list, compiled once to classic BPF for ``bwrap --seccomp``.

Namespaces do not cover every kernel object: keyrings, AF_VSOCK sockets and io_uring reach past
them (isolate added its filter for exactly these), and ptrace, bpf, perf and userfaultfd are the
usual stepping stones of kernel exploits. Everything else is allowed, so toolchains run unchanged.
bwrap loads the filter just before it execs the payload, so bwrap's own setup is not hindered.
"""

from __future__ import annotations

import errno
import functools
import logging
import os
import tempfile

try:
    import pyseccomp
except (ImportError, OSError):  # OSError: libseccomp.so itself is missing
    pyseccomp = None

log = logging.getLogger(__name__)

# Return EPERM: a program that merely probes (e.g. a runtime feature check) keeps running.
DENIED = (
    "mount",
    "umount2",
    "pivot_root",
    "move_mount",
    "open_tree",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "keyctl",
    "add_key",
    "request_key",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "kexec_load",
    "kexec_file_load",
    "reboot",
    "init_module",
    "finit_module",
    "delete_module",
    "swapon",
    "swapoff",
    "process_vm_readv",
    "process_vm_writev",
    "unshare",
    "setns",
)
# Killed outright: there is no honest reason for a submission to trace anything.
KILLED = ("ptrace",)

AF_VSOCK = 40
# New namespaces would hand the program a fresh user namespace full of capabilities: more kernel
# surface. clone3 takes its flags in a struct a filter cannot read, so it answers ENOSYS and libc
# falls back to clone, whose flags the filter checks.
CLONE_NAMESPACE_FLAGS = (
    0x00020000,  # CLONE_NEWNS
    0x02000000,  # CLONE_NEWCGROUP
    0x04000000,  # CLONE_NEWUTS
    0x08000000,  # CLONE_NEWIPC
    0x10000000,  # CLONE_NEWUSER
    0x20000000,  # CLONE_NEWPID
    0x40000000,  # CLONE_NEWNET
)


def available() -> bool:
    return pyseccomp is not None


@functools.cache
def bpf_program() -> bytes | None:
    """The filter as BPF bytes, or None where libseccomp is not installed."""
    if pyseccomp is None:
        return None
    eperm = pyseccomp.ERRNO(errno.EPERM)
    f = pyseccomp.SyscallFilter(pyseccomp.ALLOW)
    # Foreign ABIs (i386 via int 0x80, x32) are how filters get bypassed: kill on sight.
    f.set_attr(pyseccomp.Attr.ACT_BADARCH, pyseccomp.KILL_PROCESS)
    for name in DENIED:
        _add(f, eperm, name)
    for name in KILLED:
        _add(f, pyseccomp.KILL_PROCESS, name)
    f.add_rule(eperm, "socket", pyseccomp.Arg(0, pyseccomp.EQ, AF_VSOCK))
    # Limits of another process (a warm box's init runs as the same uid); setrlimit is pid 0.
    f.add_rule(eperm, "prlimit64", pyseccomp.Arg(0, pyseccomp.NE, 0))
    for flag in CLONE_NAMESPACE_FLAGS:
        f.add_rule(eperm, "clone", pyseccomp.Arg(0, pyseccomp.MASKED_EQ, flag, flag))
    _add(f, pyseccomp.ERRNO(errno.ENOSYS), "clone3")
    with tempfile.TemporaryFile() as out:
        f.export_bpf(out)
        out.seek(0)
        return out.read()


def program_fd() -> int | None:
    """A pipe's read end holding the filter then EOF, for ``bwrap --seccomp``; None without
    libseccomp. The program is a few hundred bytes: it fits the pipe's buffer."""
    program = bpf_program()
    if program is None:
        return None
    r, w = os.pipe()
    try:
        os.write(w, program)
    finally:
        os.close(w)
    return r


def _add(f: object, action: int, name: str) -> None:
    """Add a rule, skipping syscalls this libseccomp does not know (older than the kernel)."""
    try:
        f.add_rule(action, name)  # type: ignore[attr-defined]
    except (OSError, ValueError, RuntimeError) as e:
        log.debug("seccomp: cannot filter %s: %s", name, e)

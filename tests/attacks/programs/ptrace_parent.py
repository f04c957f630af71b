"""Attach to the parent process with ptrace, to read or steer it."""

import ctypes
import os

PTRACE_ATTACH = 16
libc = ctypes.CDLL(None, use_errno=True)
r = libc.ptrace(PTRACE_ATTACH, os.getppid(), None, None)
print("ptrace:", r, os.strerror(ctypes.get_errno()) if r else "attached")

"""Mount filesystems: a tmpfs over the toolchain, a new proc, and the host's root again."""

import ctypes
import os

MS_BIND = 4096
libc = ctypes.CDLL(None, use_errno=True)
for name, args in [
    ("tmpfs", (b"none", b"/usr", b"tmpfs", 0, None)),
    ("proc", (b"proc", b"/tmp", b"proc", 0, None)),
    ("bind", (b"/", b"/tmp", None, MS_BIND, None)),
]:
    r = libc.mount(*args)
    print(f"{name}:", os.strerror(ctypes.get_errno()) if r else "mounted")

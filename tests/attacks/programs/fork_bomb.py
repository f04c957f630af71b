"""Fork forever, ignoring failures: the pids limit stops the growth, the CPU limit the run."""

import os

while True:
    try:
        os.fork()
    except OSError:
        pass

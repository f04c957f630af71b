"""kill(-1, SIGKILL): every process this one may signal, which must not include the judge;
then answer correctly, to show that the run itself went on.
"""

import contextlib
import os
import signal

# ESRCH when there is nothing else to kill.
with contextlib.suppress(OSError):
    os.kill(-1, signal.SIGKILL)
a, b = map(int, input().split())
print(a + b)

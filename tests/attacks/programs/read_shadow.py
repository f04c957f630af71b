"""Print the host's password hashes, or why they cannot be read; and what /etc holds."""

import os
import sys

path = "/etc/shadow"
try:
    with open(path, "rb") as f:
        sys.stdout.buffer.write(f.read())
except OSError as e:
    print(f"{path}: {e.strerror}")
try:
    for name in os.listdir("/etc"):
        print("listed", name)
except OSError as e:
    print(f"/etc: {e.strerror}")

"""Print a file in root's home, or why it cannot be read; and what /root holds."""

import os
import sys

path = "/root/.bashrc"
try:
    with open(path, "rb") as f:
        sys.stdout.buffer.write(f.read())
except OSError as e:
    print(f"{path}: {e.strerror}")
try:
    for name in os.listdir("/root"):
        print("listed", name)
except OSError as e:
    print(f"/root: {e.strerror}")

"""Print a file in the worker user's $HOME (the test points HOME at a canary), or why it
cannot be read; and what the directory holds.
"""

import os
import sys

path = "@@HOME@@/canary.txt"
try:
    with open(path, "rb") as f:
        sys.stdout.buffer.write(f.read())
except OSError as e:
    print(f"{path}: {e.strerror}")
try:
    for name in os.listdir("@@HOME@@"):
        print("listed", name)
except OSError as e:
    print(f"@@HOME@@: {e.strerror}")

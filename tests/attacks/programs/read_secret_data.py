"""Print the problem's hidden answer by its host path, or why it cannot be read; and what the
directory holds.
"""

import os
import sys

path = "@@SECRET_DATA@@"
try:
    with open(path, "rb") as f:
        sys.stdout.buffer.write(f.read())
except OSError as e:
    print(f"{path}: {e.strerror}")
try:
    for name in os.listdir("@@DATA_DIR@@"):
        print("listed", name)
except OSError as e:
    print(f"@@DATA_DIR@@: {e.strerror}")

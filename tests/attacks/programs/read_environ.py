"""Print every environment in reach: pid 1's, the parent's, every visible process's, its own.

The judge's secrets must be in none of them.
"""

import os


def dump(path: str) -> None:
    try:
        with open(path, "rb") as f:
            print(f"{path}:", f.read().replace(b"\0", b" ").decode(errors="replace"))
    except OSError as e:
        print(f"{path}: {e.strerror}")


dump("/proc/1/environ")
dump(f"/proc/{os.getppid()}/environ")
for entry in os.listdir("/proc"):
    if entry.isdigit():
        dump(f"/proc/{entry}/environ")
for key, value in os.environ.items():
    print(f"own {key}={value}")

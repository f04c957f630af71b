"""Create files outside the work dir: in the toolchain, in /etc, at the root, next to the
problem's data, in the worker's home, and in /tmp (the box's own, which the host must not see).
"""

paths = [
    "/usr/bin/leetarxiv-pwned",
    "/etc/leetarxiv-pwned",
    "/leetarxiv-pwned",
    "@@DATA_DIR@@/leetarxiv-pwned",
    "@@HOME@@/leetarxiv-pwned",
    "/tmp/leetarxiv-pwned",
    "/proc/sys/kernel/core_pattern",
]
for path in paths:
    try:
        with open(path, "w") as f:
            f.write("|/pwned\n")
        print(f"{path}: written")
    except OSError as e:
        print(f"{path}: {e.strerror}")

"""Input validator for jump-hash: exit 42 if stdin is a valid input, 43 otherwise."""
import re
import sys

INT = re.compile(rb"0|[1-9][0-9]*")


def main() -> int:
    lines = sys.stdin.buffer.read().split(b"\n")
    if lines[-1] != b"":
        return 43  # the file must end with a newline
    lines = lines[:-1]
    if not lines or not INT.fullmatch(lines[0]):
        return 43
    t = int(lines[0])
    if not 1 <= t <= 50000 or len(lines) != t + 1:
        return 43
    for line in lines[1:]:
        parts = line.split(b" ")
        if len(parts) != 2 or not all(INT.fullmatch(p) for p in parts):
            return 43
        key, n = int(parts[0]), int(parts[1])
        if not (0 <= key < 2**64 and 1 <= n <= 2**31 - 1):
            return 43
    return 42


sys.exit(main())

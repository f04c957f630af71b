"""Input validator for fastmod: exit 42 if stdin is a valid input, 43 otherwise."""
import re
import sys

INT = re.compile(r"0|[1-9][0-9]*")


def main() -> int:
    text = sys.stdin.read()
    if not text.endswith("\n"):
        return 43
    lines = text[:-1].split("\n")
    if not INT.fullmatch(lines[0]):
        return 43
    t = int(lines[0])
    if not 1 <= t <= 1000 or len(lines) != t + 1:
        return 43
    total = 0
    for line in lines[1:]:
        parts = line.split(" ")
        if len(parts) < 3 or not all(INT.fullmatch(p) for p in parts):
            return 43
        d, k, ns = int(parts[0]), int(parts[1]), [int(p) for p in parts[2:]]
        if not (1 <= d < 2**32 and k >= 1 and len(ns) == k and all(n < 2**32 for n in ns)):
            return 43
        total += k
    return 42 if total <= 200000 else 43


sys.exit(main())

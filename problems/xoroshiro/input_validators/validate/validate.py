"""Input validator for xoroshiro: exit 42 if stdin is a valid input, 43 otherwise."""
import re
import sys

INT = re.compile(r"0|[1-9][0-9]*")
SIZES = {"xoshiro256**": 4, "xoroshiro128+": 2}


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
        if parts[0] not in SIZES or len(parts) != 2 + SIZES[parts[0]]:
            return 43
        if not all(INT.fullmatch(p) for p in parts[1:]):
            return 43
        k, state = int(parts[1]), [int(p) for p in parts[2:]]
        if not 1 <= k <= 100000 or not all(x < 2**64 for x in state) or not any(state):
            return 43
        total += k
    return 42 if total <= 100000 else 43


sys.exit(main())

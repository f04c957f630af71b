"""Input validator for roaring: exit 42 if stdin is a valid input, 43 otherwise."""
import re
import sys

INTS = re.compile(rb"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")


def main() -> int:
    lines = sys.stdin.buffer.read().split(b"\n")
    if len(lines) != 4 or lines[3] != b"" or not all(INTS.fullmatch(x) for x in lines[:3]):
        return 43
    head = lines[0].split(b" ")
    if len(head) != 2:
        return 43
    n, m = int(head[0]), int(head[1])
    if not (1 <= n <= 300000 and 1 <= m <= 300000):
        return 43
    a, b = lines[1].split(b" "), lines[2].split(b" ")
    if len(a) != n or len(b) != m:
        return 43
    return 42 if all(int(v) < 2**32 for v in a + b) else 43


sys.exit(main())

"""Input validator for bounded-loads: exit 42 if stdin is a valid input, 43 otherwise."""
import re
import sys

INTS = re.compile(rb"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")


def main() -> int:
    lines = sys.stdin.buffer.read().split(b"\n")
    if len(lines) != 4 or lines[3] != b"" or not all(INTS.fullmatch(x) for x in lines[:3]):
        return 43
    head = [int(x) for x in lines[0].split(b" ")]
    if len(head) != 3:
        return 43
    n, m, e = head
    if not (1 <= n <= 100000 and 1 <= m <= 200000 and 0 <= e <= 10000):
        return 43
    if e < 100 and n * m > 10**6:
        return 43
    servers = [int(x) for x in lines[1].split(b" ")]
    keys = [int(x) for x in lines[2].split(b" ")]
    if len(servers) != n or len(keys) != m or len(set(servers)) != n:
        return 43
    return 42 if all(v < 2**64 for v in servers + keys) else 43


sys.exit(main())

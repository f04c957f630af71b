"""Input validator for xor-filter: exit 42 if stdin is a valid input, 43 otherwise."""
import re
import sys

INT = re.compile(rb"0|[1-9][0-9]*")


def numbers(line: bytes) -> list[int] | None:
    parts = line.split(b" ")
    if not all(INT.fullmatch(p) for p in parts):
        return None
    values = [int(p) for p in parts]
    return values if all(v < 2**64 for v in values) else None


def main() -> int:
    lines = sys.stdin.buffer.read().split(b"\n")
    if len(lines) != 5 or lines[4] != b"":
        return 43
    head, keys, count, queries = (numbers(x) for x in lines[:4])
    if head is None or keys is None or count is None or queries is None:
        return 43
    if len(head) != 2 or len(count) != 1:
        return 43
    n, q = head[0], count[0]
    if not (1 <= n <= 50000 and 1 <= q <= 50000 and len(keys) == n and len(queries) == q):
        return 43
    return 42 if len(set(keys)) == n else 43


sys.exit(main())

"""Input validator for bounded-random: exit 42 if stdin is a valid input, 43 otherwise."""
import re
import sys

INT = re.compile(r"0|[1-9][0-9]*")


def main() -> int:
    text = sys.stdin.read()
    if not text.endswith("\n"):
        return 43
    lines = text[:-1].split("\n")
    if len(lines) != 2:
        return 43
    head, body = lines[0].split(" "), lines[1].split(" ")
    if len(head) != 2 or not all(INT.fullmatch(p) for p in head + body):
        return 43
    seed, n = int(head[0]), int(head[1])
    if not (seed < 2**64 and 1 <= n <= 200000 and len(body) == n):
        return 43
    return 42 if all(1 <= int(s) < 2**64 for s in body) else 43


sys.exit(main())

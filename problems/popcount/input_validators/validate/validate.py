"""Input validator for popcount: exit 42 if stdin is a valid input, 43 otherwise."""
import re
import sys

INT = re.compile(rb"[1-9][0-9]*")
WORDS = re.compile(rb"[0-9a-f]{16}(?: [0-9a-f]{16})*")


def main() -> int:
    lines = sys.stdin.buffer.read().split(b"\n")
    if len(lines) != 4 or lines[3] != b"" or not INT.fullmatch(lines[0]):
        return 43
    n = int(lines[0])
    if not 1 <= n <= 100000:
        return 43
    for line in lines[1:3]:
        if not WORDS.fullmatch(line) or len(line) != 17 * n - 1:
            return 43
    return 42


sys.exit(main())

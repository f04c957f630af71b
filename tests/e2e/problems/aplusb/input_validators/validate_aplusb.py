"""Input validator: exactly "a b\\n" with canonical integers in [-2e9, 2e9]; exit 42 if valid."""

from __future__ import annotations

import re
import sys

INTEGER = r"(0|-?[1-9][0-9]{0,9})"
BOUND = 2 * 10**9


def main() -> int:
    match = re.fullmatch(f"{INTEGER} {INTEGER}\n", sys.stdin.read())
    if match is None:
        print("expected one line with two integers", file=sys.stderr)
        return 1
    if any(abs(int(value)) > BOUND for value in match.groups()):
        print("integer out of range", file=sys.stderr)
        return 1
    return 42


if __name__ == "__main__":
    sys.exit(main())

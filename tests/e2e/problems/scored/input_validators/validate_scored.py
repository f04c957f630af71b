"""Input validator: one canonical integer n with 0 <= n <= 1e18; exit 42 if valid."""

from __future__ import annotations

import re
import sys

if __name__ == "__main__":
    match = re.fullmatch(r"(0|[1-9][0-9]{0,18})\n", sys.stdin.read())
    sys.exit(42 if match is not None and int(match.group(1)) <= 10**18 else 1)

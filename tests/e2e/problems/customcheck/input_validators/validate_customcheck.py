"""Input validator: one canonical integer n, 4 <= n <= 1e12, not prime; exit 42 if valid."""

from __future__ import annotations

import math
import re
import sys


def valid(text: str) -> bool:
    match = re.fullmatch(r"([1-9][0-9]{0,12})\n", text)
    if match is None:
        return False
    n = int(match.group(1))
    return 4 <= n <= 10**12 and any(n % d == 0 for d in range(2, math.isqrt(n) + 1))


if __name__ == "__main__":
    sys.exit(42 if valid(sys.stdin.read()) else 1)

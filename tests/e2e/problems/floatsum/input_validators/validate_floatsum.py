"""Input validator: n in [1, 1000], then n decimals in [-1000, 1000] with at most six digits after
the point, canonical (no leading zeros, no '+', no exponent); exit 42 if valid."""

from __future__ import annotations

import re
import sys
from decimal import Decimal

NUMBER = re.compile(r"-?(0|[1-9][0-9]{0,3})(\.[0-9]{1,6})?")


def valid(text: str) -> bool:
    match = re.fullmatch(r"([1-9][0-9]{0,3})\n([^\n]*)\n", text)
    if match is None:
        return False
    tokens = match.group(2).split(" ")
    return (
        int(match.group(1)) <= 1000
        and len(tokens) == int(match.group(1))
        and all(NUMBER.fullmatch(token) and abs(Decimal(token)) <= 1000 for token in tokens)
    )


if __name__ == "__main__":
    sys.exit(42 if valid(sys.stdin.read()) else 1)

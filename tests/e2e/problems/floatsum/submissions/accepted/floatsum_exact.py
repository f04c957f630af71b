"""Sums exactly in decimal, so the output matches the answer file token for token."""

import sys
from decimal import Decimal

tokens = sys.stdin.read().split()
print(sum((Decimal(token) for token in tokens[1:]), Decimal(0)))

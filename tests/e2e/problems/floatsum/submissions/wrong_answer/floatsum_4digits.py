"""Prints 4 significant digits: every case is drawn so this falls outside the 1e-6 tolerance."""

import math
import sys

tokens = sys.stdin.read().split()
print(f"{math.fsum(float(token) for token in tokens[1:]):.4g}")

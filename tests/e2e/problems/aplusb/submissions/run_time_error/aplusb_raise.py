import sys

a, b = map(int, sys.stdin.read().split())
raise ValueError(f"refusing to add {a} and {b}")

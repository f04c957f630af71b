"""Allocates 1 GiB and writes every page of it, far over the 256 MiB limit."""

import sys

block = b"\x01" * (1 << 30)
print(block[int(sys.stdin.read().split()[0]) % len(block)])

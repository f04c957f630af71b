"""Allocate and touch memory until something stops it."""

hoard: list[bytearray] = []
while True:
    hoard.append(bytearray(b"\1" * (1 << 20)))

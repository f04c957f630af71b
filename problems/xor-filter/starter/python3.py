# Xor filter construction by peeling, whole program (stdin -> stdout).
# Python integers are unbounded: mask every 64-bit sum, product and rotation with & MASK.
import sys
from collections import deque

MASK = 0xFFFFFFFFFFFFFFFF


def mix(z: int) -> int:
    z = ((z ^ (z >> 33)) * 0xFF51AFD7ED558CCD) & MASK
    z = ((z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53) & MASK
    return z ^ (z >> 33)


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, seed = int(data[0]), int(data[1])
    keys = [int(x) for x in data[2 : 2 + n]]
    q = int(data[2 + n])
    queries = [int(x) for x in data[3 + n : 3 + n + q]]
    # TODO: cells and fingerprints, FIFO peeling (retry with seed + 1), reverse assignment, queries
    print(seed)
    print("")
    print("0" * q)


main()

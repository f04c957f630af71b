# Consistent hashing with bounded loads, whole program (stdin -> stdout).
# Python integers are unbounded: mask the products in mix with & MASK.
import sys
from bisect import bisect_left

MASK = 0xFFFFFFFFFFFFFFFF


def mix(z: int) -> int:
    z = ((z ^ (z >> 33)) * 0xFF51AFD7ED558CCD) & MASK
    z = ((z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53) & MASK
    return z ^ (z >> 33)


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, e = int(data[0]), int(data[1]), int(data[2])
    servers = [int(x) for x in data[3 : 3 + n]]
    keys = [int(x) for x in data[3 + n : 3 + n + m]]
    # TODO: sort the server points; for key t: capacity ceil((1000 + e) t / (1000 n)),
    # start at the successor point (bisect), skip full servers clockwise
    print(" ".join("0" for _ in keys))


main()

# Consistent hashing with bounded loads (Mirrokni, Thorup & Zadimoghaddam, arXiv:1608.01350):
# servers and keys hash onto a ring; a key goes to the first server clockwise from its point
# whose load is below the capacity ceil((1 + eps) * t / n), t = keys placed so far, this one
# included. Binary search finds the successor; the walk skips full servers.
import sys
from bisect import bisect_left

MASK = (1 << 64) - 1


def mix(z: int) -> int:  # the statement's hash: MurmurHash3's 64-bit finalizer
    z = ((z ^ (z >> 33)) * 0xFF51AFD7ED558CCD) & MASK
    z = ((z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53) & MASK
    return z ^ (z >> 33)


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, e = int(data[0]), int(data[1]), int(data[2])
    servers = [int(x) for x in data[3 : 3 + n]]
    keys = [int(x) for x in data[3 + n : 3 + n + m]]
    ring = sorted((mix(s), i) for i, s in enumerate(servers))  # server points, clockwise
    points = [p for p, _ in ring]
    owner = [i for _, i in ring]
    load = [0] * n
    out = []
    for t, key in enumerate(keys, start=1):
        capacity = -(-(1000 + e) * t // (1000 * n))  # ceil((1 + eps) t / n), exact integers
        r = bisect_left(points, mix(key))  # first server point >= the key's point
        if r == n:
            r = 0  # wrap around the ring
        while load[owner[r]] >= capacity:  # full: forward to the next server clockwise
            r = r + 1 if r + 1 < n else 0
        load[owner[r]] += 1
        out.append(owner[r])
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()

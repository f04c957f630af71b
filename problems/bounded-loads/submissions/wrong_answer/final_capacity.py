# Plausible mistake: the capacity is computed once from the final number of keys m,
# ceil((1 + eps) m / n), instead of from the keys placed so far (the paper's online rule).
import sys
from bisect import bisect_left

MASK = (1 << 64) - 1


def mix(z: int) -> int:
    z = ((z ^ (z >> 33)) * 0xFF51AFD7ED558CCD) & MASK
    z = ((z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53) & MASK
    return z ^ (z >> 33)


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, e = int(data[0]), int(data[1]), int(data[2])
    servers = [int(x) for x in data[3 : 3 + n]]
    keys = [int(x) for x in data[3 + n : 3 + n + m]]
    ring = sorted((mix(s), i) for i, s in enumerate(servers))
    points = [p for p, _ in ring]
    owner = [i for _, i in ring]
    load = [0] * n
    capacity = -(-(1000 + e) * m // (1000 * n))
    out = []
    for key in keys:
        r = bisect_left(points, mix(key)) % n
        while load[owner[r]] >= capacity:
            r = (r + 1) % n
        load[owner[r]] += 1
        out.append(owner[r])
    print(" ".join(map(str, out)))


main()

# Correct but slow: finds the key's successor on the ring by scanning every server point.
import sys

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
    load = [0] * n
    out = []
    for t, key in enumerate(keys, start=1):
        capacity = -(-(1000 + e) * t // (1000 * n))
        h = mix(key)
        r = 0
        for j in range(n):  # linear search for the first point >= h
            if ring[j][0] >= h:
                r = j
                break
        while load[ring[r][1]] >= capacity:
            r = (r + 1) % n
        load[ring[r][1]] += 1
        out.append(ring[r][1])
    print(" ".join(map(str, out)))


main()

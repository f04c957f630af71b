# Too slow: multiplies x by the full d x d rotation matrix R_{Theta,m} of eq. (15), entry by entry
# (zeros included), O(d^2) per vector instead of the O(d) pairwise form of eq. (34).
import math
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, d, base = int(data[0]), int(data[1]), float(data[2])
    out = []
    pos = 3
    for _ in range(n):
        m = int(data[pos])
        x = [float(v) for v in data[pos + 1:pos + 1 + d]]
        pos += 1 + d
        cos = [math.cos(m * base ** (-2.0 * (r // 2) / d)) for r in range(d)]
        sin = [math.sin(m * base ** (-2.0 * (r // 2) / d)) for r in range(d)]

        def entry(r, k):  # R[r][k]: 2x2 rotation blocks on the diagonal, zero elsewhere
            if r // 2 != k // 2:
                return 0.0
            if r == k:
                return cos[r]
            return -sin[r] if r % 2 == 0 else sin[r]

        y = [sum(entry(r, k) * x[k] for k in range(d)) for r in range(d)]
        out.append(" ".join(repr(v) for v in y))
    sys.stdout.write("\n".join(out) + "\n")


main()

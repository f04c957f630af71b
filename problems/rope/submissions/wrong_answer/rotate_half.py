# Wrong for this task: pairs coordinate i with coordinate i + d/2 (the "rotate half" layout used
# by some libraries) instead of the paper's adjacent pairs (x_1, x_2), (x_3, x_4), ...
import math
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, d, base = int(data[0]), int(data[1]), float(data[2])
    half = d // 2
    theta = [base ** (-2.0 * i / d) for i in range(half)]
    out = []
    pos = 3
    for _ in range(n):
        m = int(data[pos])
        x = [float(v) for v in data[pos + 1:pos + 1 + d]]
        pos += 1 + d
        y = [0.0] * d
        for i, t in enumerate(theta):
            c, s = math.cos(m * t), math.sin(m * t)
            y[i] = x[i] * c - x[i + half] * s
            y[i + half] = x[i] * s + x[i + half] * c
        out.append(" ".join(repr(v) for v in y))
    sys.stdout.write("\n".join(out) + "\n")


main()

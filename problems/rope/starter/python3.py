import math
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, d, base = int(data[0]), int(data[1]), float(data[2])
    pos = 3
    out = []
    for _ in range(n):
        m = int(data[pos])
        x = [float(v) for v in data[pos + 1:pos + 1 + d]]
        pos += 1 + d
        y = list(x)  # TODO: rotate each pair (x[2i], x[2i+1]) by m * base ** (-2 * i / d)
        out.append(" ".join(repr(v) for v in y))
    print("\n".join(out))


main()

# Reference: rotary position embedding, Su et al. (arXiv:2104.09864), Section 3.4.2, eq. (34):
# the sparse rotation R^d_{Theta,m} x computed pair by pair, theta_i = base^(-2(i-1)/d).
import math
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, d, base = int(data[0]), int(data[1]), float(data[2])
    theta = [base ** (-2.0 * i / d) for i in range(d // 2)]   # theta_i, i = 0 .. d/2 - 1
    out = []
    pos = 3
    for _ in range(n):
        m = int(data[pos])
        x = [float(v) for v in data[pos + 1:pos + 1 + d]]
        pos += 1 + d
        y = [0.0] * d
        for i, t in enumerate(theta):
            c, s = math.cos(m * t), math.sin(m * t)
            a, b = x[2 * i], x[2 * i + 1]            # the pair (x_{2i+1}, x_{2i+2}) in 1-based terms
            y[2 * i] = a * c - b * s                 # rotate the pair by the angle m * theta_i
            y[2 * i + 1] = a * s + b * c
        out.append(" ".join(repr(v) for v in y))
    sys.stdout.write("\n".join(out) + "\n")


main()

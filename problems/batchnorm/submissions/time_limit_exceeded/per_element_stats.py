# Too slow: recomputes the mini-batch mean and variance of the channel for every single
# element it normalizes, O(m^2 C) per batch instead of O(m C).
import math
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k, m, c = int(data[0]), int(data[1]), int(data[2])
    eps = float(data[3])
    pos = 4
    gamma = [float(v) for v in data[pos:pos + c]]
    pos += c
    beta = [float(v) for v in data[pos:pos + c]]
    pos += c
    out, mean_sum, var_sum = [], [0.0] * c, [0.0] * c
    for _ in range(k):
        rows = []
        for _ in range(m):
            rows.append([float(v) for v in data[pos:pos + c]])
            pos += c
        for r in rows:
            vals = []
            for j in range(c):
                mu = sum(q[j] for q in rows) / m
                var = sum((q[j] - mu) ** 2 for q in rows) / m
                vals.append(repr(gamma[j] * (r[j] - mu) / math.sqrt(var + eps) + beta[j]))
            out.append(" ".join(vals))
        for j in range(c):
            mu = sum(q[j] for q in rows) / m
            mean_sum[j] += mu
            var_sum[j] += sum((q[j] - mu) ** 2 for q in rows) / m
    pop_mean = [s / k for s in mean_sum]
    pop_var = [m / (m - 1) * s / k for s in var_sum]
    out.append(" ".join(map(repr, pop_mean)))
    out.append(" ".join(map(repr, pop_var)))
    t = int(data[pos])
    pos += 1
    for _ in range(t):
        x = [float(v) for v in data[pos:pos + c]]
        pos += c
        out.append(" ".join(repr(gamma[j] * (x[j] - pop_mean[j]) / math.sqrt(pop_var[j] + eps) + beta[j])
                            for j in range(c)))
    sys.stdout.write("\n".join(out) + "\n")


main()

# Wrong: averages the biased mini-batch variances for inference and forgets the m/(m-1) factor
# of Algorithm 2 (the unbiased estimate of the population variance).
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
        mu = [sum(r[j] for r in rows) / m for j in range(c)]
        var = [sum((r[j] - mu[j]) ** 2 for r in rows) / m for j in range(c)]
        for r in rows:
            out.append(" ".join(repr(gamma[j] * (r[j] - mu[j]) / math.sqrt(var[j] + eps) + beta[j])
                                for j in range(c)))
        for j in range(c):
            mean_sum[j] += mu[j]
            var_sum[j] += var[j]
    pop_mean = [s / k for s in mean_sum]
    pop_var = [s / k for s in var_sum]
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

# Reference: batch normalization, Ioffe & Szegedy (arXiv:1502.03167).
# Algorithm 1 (training mode, per mini-batch) and Algorithm 2, steps 8-11 (population statistics
# averaged over the training mini-batches, unbiased variance, then the inference transform).
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
    out = []
    mean_sum = [0.0] * c
    var_sum = [0.0] * c
    for _ in range(k):
        rows = []
        for _ in range(m):
            rows.append([float(v) for v in data[pos:pos + c]])
            pos += c
        mu = [sum(r[j] for r in rows) / m for j in range(c)]                       # mu_B
        var = [sum((r[j] - mu[j]) ** 2 for r in rows) / m for j in range(c)]       # sigma_B^2 (biased)
        inv = [1.0 / math.sqrt(v + eps) for v in var]
        for r in rows:                                                             # x^ then y = gamma x^ + beta
            out.append(" ".join(repr(gamma[j] * (r[j] - mu[j]) * inv[j] + beta[j]) for j in range(c)))
        for j in range(c):
            mean_sum[j] += mu[j]
            var_sum[j] += var[j]
    pop_mean = [s / k for s in mean_sum]                                           # E[x] = E_B[mu_B]
    pop_var = [m / (m - 1) * s / k for s in var_sum]                               # Var[x] = m/(m-1) E_B[sigma_B^2]
    out.append(" ".join(map(repr, pop_mean)))
    out.append(" ".join(map(repr, pop_var)))
    t = int(data[pos])
    pos += 1
    scale = [gamma[j] / math.sqrt(pop_var[j] + eps) for j in range(c)]
    shift = [beta[j] - scale[j] * pop_mean[j] for j in range(c)]
    for _ in range(t):
        x = [float(v) for v in data[pos:pos + c]]
        pos += c
        out.append(" ".join(repr(scale[j] * x[j] + shift[j]) for j in range(c)))   # inference BN
    sys.stdout.write("\n".join(out) + "\n")


main()

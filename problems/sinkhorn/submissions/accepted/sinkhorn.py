# Reference: Sinkhorn distance, Cuturi (arXiv:1306.0895), Section 4 / Algorithm 1: the optimal
# entropic plan is P = diag(u) K diag(v) with K = exp(-lambda M); u and v come from Sinkhorn's
# fixed-point iteration v = c ./ (K^T u), u = r ./ (K v). The distance is <P, M>.
import math
import sys
from operator import mul


def main():
    data = sys.stdin.buffer.read().split()
    n, m, iters = int(data[0]), int(data[1]), int(data[2])
    lam = float(data[3])
    pos = 4
    r = [float(x) for x in data[pos:pos + n]]
    pos += n
    c = [float(x) for x in data[pos:pos + m]]
    pos += m
    M = []
    for _ in range(n):
        M.append([float(x) for x in data[pos:pos + m]])
        pos += m
    K = [[math.exp(-lam * x) for x in row] for row in M]     # K = e^{-lambda M}, element-wise
    KT = [list(col) for col in zip(*K)]
    u = [1.0] * n
    v = [1.0] * m
    for _ in range(iters):
        v = [cj / sum(map(mul, col, u)) for cj, col in zip(c, KT)]   # v = c ./ (K^T u)
        u = [ri / sum(map(mul, row, v)) for ri, row in zip(r, K)]    # u = r ./ (K v)
    P = [[ui * k * vj for k, vj in zip(row, v)] for ui, row in zip(u, K)]  # diag(u) K diag(v)
    dist = sum(sum(map(mul, prow, mrow)) for prow, mrow in zip(P, M))       # <P, M>
    out = [repr(dist)] + [" ".join(map(repr, row)) for row in P]
    sys.stdout.write("\n".join(out) + "\n")


main()

# Too slow: transcribes the matrix formulas literally. Every iteration forms the full plan
# P = diag(u) K diag(v) with two dense matrix products (O(n^2 m + n m^2)) just to read off its
# marginals, instead of two matrix-vector products (O(n m)).
import math
import sys


def matmul(A, B):
    cols = list(zip(*B))
    return [[sum(a * b for a, b in zip(row, col)) for col in cols] for row in A]


def diag(x):
    return [[x[i] if i == j else 0.0 for j in range(len(x))] for i in range(len(x))]


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
    K = [[math.exp(-lam * x) for x in row] for row in M]
    u, v = [1.0] * n, [1.0] * m
    for _ in range(iters):
        P = matmul(matmul(diag(u), K), diag([1.0] * m))        # diag(u) K
        v = [cj / sum(P[i][j] for i in range(n)) for j, cj in enumerate(c)]
        P = matmul(matmul(diag([1.0] * n), K), diag(v))        # K diag(v)
        u = [ri / sum(P[i]) for i, ri in enumerate(r)]
    P = matmul(matmul(diag(u), K), diag(v))
    dist = sum(P[i][j] * M[i][j] for i in range(n) for j in range(m))
    out = [repr(dist)] + [" ".join(map(repr, row)) for row in P]
    sys.stdout.write("\n".join(out) + "\n")


main()

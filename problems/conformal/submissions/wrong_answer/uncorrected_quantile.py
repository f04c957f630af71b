# Plausible mistake: the plain empirical (1 - alpha) quantile, the ceil(n (1 - alpha))-th smallest
# score, without the (n + 1) finite-sample correction -- the sets under-cover.
import math
import sys

data = sys.stdin.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
alpha = float(data[3])
pos = 4
scores = []
for _ in range(n):
    y = int(data[pos])
    scores.append(1.0 - float(data[pos + 1 + y]))
    pos += k + 1
q_hat = sorted(scores)[max(1, math.ceil(n * (1 - alpha))) - 1]
print("%.12g" % q_hat)
for _ in range(m):
    probs = [float(v) for v in data[pos : pos + k]]
    pos += k
    members = [j for j in range(k) if probs[j] >= 1 - q_hat]
    print(" ".join(map(str, [len(members)] + members)))

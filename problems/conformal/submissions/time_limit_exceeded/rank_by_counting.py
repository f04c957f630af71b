# Too slow: finds the k-th smallest score by counting, for every score, how many are smaller
# (O(n^2) comparisons).
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
rank = math.ceil((n + 1) * (1 - alpha))
q_hat = None
for i, s in enumerate(scores):
    smaller = sum(1 for t in scores if t < s)
    equal_before = sum(1 for t in scores[:i] if t == s)
    if smaller + equal_before == rank - 1:
        q_hat = s
        break
print("%.12g" % q_hat)
for _ in range(m):
    probs = [float(v) for v in data[pos : pos + k]]
    pos += k
    members = [j for j in range(k) if probs[j] >= 1 - q_hat]
    print(" ".join(map(str, [len(members)] + members)))

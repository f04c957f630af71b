# Plausible mistake: hard-codes the 8-head slopes 1/2, 1/4, ..., i.e. m_h = 2^(-h) for any H.
import math
import sys

data = sys.stdin.read().split()
heads, length, d = int(data[0]), int(data[1]), int(data[2])
pos = 3
slopes = [2.0 ** (-h) for h in range(1, heads + 1)]
print(" ".join("%.12g" % m for m in slopes))
for h in range(heads):
    mats = []
    for _ in range(3):
        mats.append([[float(x) for x in data[pos + r * d : pos + (r + 1) * d]] for r in range(length)])
        pos += length * d
    q, k, v = mats
    for i in range(length):
        s = [sum(a * b for a, b in zip(q[i], k[j])) / math.sqrt(d) + slopes[h] * (j - i) for j in range(i + 1)]
        top = max(s)
        w = [math.exp(x - top) for x in s]
        z = sum(w)
        print(" ".join("%.12g" % sum(w[j] / z * v[j][c] for j in range(i + 1)) for c in range(d)))

# Crashes: exponentiates the raw scores without subtracting the maximum. With scores of a few
# hundred, math.exp overflows and raises OverflowError.
import math


def attention(Q, K, V, causal):
    d = len(Q[0])
    out = []
    for i, q in enumerate(Q):
        keys = range(i + 1) if causal else range(len(K))
        weights = [math.exp(sum(a * b for a, b in zip(q, K[j])) / math.sqrt(d)) for j in keys]
        total = sum(weights)
        out.append([sum(w * V[j][c] for w, j in zip(weights, keys)) / total
                    for c in range(len(V[0]))])
    return out

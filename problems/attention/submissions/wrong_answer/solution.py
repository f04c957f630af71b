# Wrong: forgets the 1/sqrt(d_k) scaling of the scores (plain dot-product attention).
import math


def attention(Q, K, V, causal):
    out = []
    for i, q in enumerate(Q):
        keys = range(i + 1) if causal else range(len(K))
        scores = [sum(a * b for a, b in zip(q, K[j])) for j in keys]
        top = max(scores)
        weights = [math.exp(s - top) for s in scores]
        total = sum(weights)
        out.append([sum(w * V[j][c] for w, j in zip(weights, keys)) / total
                    for c in range(len(V[0]))])
    return out

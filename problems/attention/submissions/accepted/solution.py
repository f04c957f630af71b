# Reference: scaled dot-product attention, Vaswani et al. (arXiv:1706.03762), Section 3.2.1,
# eq. (1): Attention(Q, K, V) = softmax(Q K^T / sqrt(d_k)) V, with the decoder's causal mask
# (Section 3.2.3: scores of illegal connections are set to -inf before the softmax).
import math


def attention(Q, K, V, causal):
    d = len(Q[0])
    scale = 1.0 / math.sqrt(d)
    dv = len(V[0])
    out = []
    for i, q in enumerate(Q):
        keys = range(i + 1) if causal else range(len(K))       # masked keys simply drop out
        scores = [scale * sum(a * b for a, b in zip(q, K[j])) for j in keys]  # q.k / sqrt(d_k)
        top = max(scores)                                     # subtract the max: exp <= 1
        weights = [math.exp(s - top) for s in scores]
        total = sum(weights)
        row = [0.0] * dv
        for w, j in zip(weights, keys):
            w /= total                                        # softmax weight
            vj = V[j]
            for c in range(dv):
                row[c] += w * vj[c]
        out.append(row)
    return out

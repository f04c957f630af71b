# Reference: online softmax, Milakov & Gimelshein (arXiv:1805.02867), Algorithm 3: one pass
# keeps the running maximum m and the normalizer d = sum_j exp(x_j - m), rescaling d whenever
# the maximum grows; a second pass writes the outputs.
import math


def online_softmax(x):
    m = -math.inf
    d = 0.0
    for v in x:
        m_new = max(m, v)
        d = d * math.exp(m - m_new) + math.exp(v - m_new)   # d_j = d_{j-1} e^{m_{j-1}-m_j} + e^{x_j-m_j}
        m = m_new
    return [math.exp(v - m) / d for v in x]                  # y_i = e^{x_i - m_V} / d_V

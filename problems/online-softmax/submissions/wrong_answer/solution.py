# Wrong: tracks the running maximum but forgets to rescale the partial sum when the maximum
# grows (d += exp(x_j - m_j) without the factor exp(m_{j-1} - m_j)).
import math


def online_softmax(x):
    m = -math.inf
    d = 0.0
    for v in x:
        m = max(m, v)
        d += math.exp(v - m)
    return [math.exp(v - m) / d for v in x]

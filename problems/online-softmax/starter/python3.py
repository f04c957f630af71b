import math


def online_softmax(x):
    """Softmax of the list x, computing the maximum and the normalizer in one pass."""
    m, d = -math.inf, 0.0
    for v in x:
        pass  # TODO: update the running maximum m and rescale the running normalizer d
    return [0.0 for v in x]  # TODO: exp(v - m) / d

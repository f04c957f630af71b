# Too slow: recomputes the mean square for every coordinate, O(d^2) work per row.
import math


def rms_norm(x, gain, eps):
    y = []
    for i in range(len(x)):
        mean_square = sum(v * v for v in x) / len(x)
        y.append(x[i] / math.sqrt(mean_square + eps) * gain[i])
    return y

# Too slow: integrates the normal density numerically (trapezoid rule, 20000 panels from -12 to
# x) for every input instead of calling erf. Accurate enough, but O(20000) per value.
import math


def gelu(x):
    lo = -12.0
    if x <= lo:
        return 0.0
    steps = 20000
    h = (x - lo) / steps
    c = 1.0 / math.sqrt(2.0 * math.pi)
    total = 0.5 * (c * math.exp(-0.5 * lo * lo) + c * math.exp(-0.5 * x * x))
    for k in range(1, steps):
        t = lo + k * h
        total += c * math.exp(-0.5 * t * t)
    return x * total * h

# Reference: layer normalization, Ba, Kiros & Hinton (arXiv:1607.06450), Section 3, eq. (4):
# statistics over the H features of ONE example, then a per-feature gain and bias.
import math


def layer_norm(x, gamma, beta, eps):
    h = len(x)
    mu = sum(x) / h                                   # mu = (1/H) sum_i a_i
    var = sum((a - mu) ** 2 for a in x) / h           # sigma^2 = (1/H) sum_i (a_i - mu)^2 (two-pass)
    inv = 1.0 / math.sqrt(var + eps)                  # eps inside the square root
    return [g * (a - mu) * inv + b for a, g, b in zip(x, gamma, beta)]  # gain * normalized + bias

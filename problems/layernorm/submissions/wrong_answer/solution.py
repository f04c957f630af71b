# Wrong: adds eps to the standard deviation instead of to the variance, (x - mu) / (sigma + eps).
import math


def layer_norm(x, gamma, beta, eps):
    h = len(x)
    mu = sum(x) / h
    sigma = math.sqrt(sum((a - mu) ** 2 for a in x) / h)
    return [g * (a - mu) / (sigma + eps) + b for a, g, b in zip(x, gamma, beta)]

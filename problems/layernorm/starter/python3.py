import math


def layer_norm(x, gamma, beta, eps):
    """Normalize one row x (a list of H floats) with its own mean and variance, then scale by
    gamma and shift by beta. Returns a list of H floats."""
    # TODO: mean, biased variance (stable!), then gamma * (x - mean) / sqrt(var + eps) + beta
    return list(x)

import math


def gelu(x):
    """x * Phi(x), with Phi the standard normal CDF, to double precision."""
    # TODO: use the error function (math.erf)
    return 0.0

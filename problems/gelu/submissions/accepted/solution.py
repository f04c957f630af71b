# Reference: GELU(x) = x * Phi(x) with the exact standard normal CDF (Hendrycks & Gimpel,
# arXiv:1606.08415, Section 2): Phi(x) = (1 + erf(x / sqrt(2))) / 2.
import math


def gelu(x):
    return 0.5 * x * (1.0 + math.erf(x / math.sqrt(2.0)))

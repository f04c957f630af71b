# RMSNorm (Zhang & Sennrich, arXiv:1910.07467): y_i = x_i / RMS(x) * g_i, with
# RMS(x) = sqrt(mean(x_i^2) + eps) -- eq. (4) of the paper, eps under the root as in its code.
import math


def rms_norm(x, gain, eps):
    mean_square = math.fsum(v * v for v in x) / len(x)  # (1/d) * sum x_i^2, computed once per row
    inv_rms = 1.0 / math.sqrt(mean_square + eps)
    return [v * inv_rms * g for v, g in zip(x, gain)]

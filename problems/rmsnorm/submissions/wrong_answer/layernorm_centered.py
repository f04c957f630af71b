# Plausible mistake: LayerNorm instead of RMSNorm -- the mean is subtracted before re-scaling.
import math


def rms_norm(x, gain, eps):
    mean = sum(x) / len(x)
    centered = [v - mean for v in x]
    var = sum(v * v for v in centered) / len(x)
    inv = 1.0 / math.sqrt(var + eps)
    return [v * inv * g for v, g in zip(centered, gain)]

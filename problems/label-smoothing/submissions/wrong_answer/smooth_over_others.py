# Plausible mistake: spreads eps over the K - 1 wrong classes only (target gets exactly 1 - eps),
# a different smoothing than the paper's (1 - eps) one-hot + eps / K uniform.
import math


def label_smoothing_loss(logits, targets, epsilon):
    total = 0.0
    for z, y in zip(logits, targets):
        k = len(z)
        m = max(z)
        lse = m + math.log(sum(math.exp(v - m) for v in z))
        others = sum(z) - z[y]
        total += lse - (1 - epsilon) * z[y] - epsilon / (k - 1) * others
    return total / len(logits)

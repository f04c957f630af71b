# Plausible mistake: weights every anchor by alpha instead of alpha_t (1 - alpha for negatives).
import math


def focal_loss(logits, labels, alpha, gamma):
    total = 0.0
    for x, y in zip(logits, labels):
        z = x if y == 1 else -x
        one_minus_pt = 1 / (1 + math.exp(z)) if z >= 0 else math.exp(-z) / (1 + math.exp(-z))
        log_pt = -math.log1p(math.exp(-z)) if z >= 0 else z - math.log1p(math.exp(z))
        total += -alpha * one_minus_pt ** gamma * log_pt
    return total / max(1, sum(labels))

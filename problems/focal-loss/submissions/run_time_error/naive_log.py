# Crashes: log(1 - sigmoid(x)) is log(0) once sigmoid(x) rounds to 1 (x >= ~37).
import math


def focal_loss(logits, labels, alpha, gamma):
    total = 0.0
    for x, y in zip(logits, labels):
        p = 1 / (1 + math.exp(-x))
        pt = p if y == 1 else 1 - p
        alpha_t = alpha if y == 1 else 1 - alpha
        total += -alpha_t * (1 - pt) ** gamma * math.log(pt)
    return total / max(1, sum(labels))

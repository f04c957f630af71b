# Crashes: math.exp of a large logit raises OverflowError (no max subtraction).
import math


def label_smoothing_loss(logits, targets, epsilon):
    total = 0.0
    for z, y in zip(logits, targets):
        lse = math.log(sum(math.exp(v) for v in z))
        total += lse - (1 - epsilon) * z[y] - epsilon / len(z) * sum(z)
    return total / len(logits)

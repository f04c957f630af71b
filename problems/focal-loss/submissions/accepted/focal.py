# Alpha-balanced focal loss (Lin et al., arXiv:1708.02002, eq. 5), normalized by the number of
# positive anchors as in RetinaNet, computed stably from the logits.
import math


def log_sigmoid(z):
    # log sigma(z) = -log(1 + e^{-z}), with the exponent kept <= 0
    return -math.log1p(math.exp(-z)) if z >= 0 else z - math.log1p(math.exp(z))


def sigmoid(z):
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


def focal_loss(logits, labels, alpha, gamma):
    total = 0.0
    positives = 0
    for x, y in zip(logits, labels):
        z = x if y == 1 else -x  # p_t = sigma(z)
        alpha_t = alpha if y == 1 else 1 - alpha
        one_minus_pt = sigmoid(-z)  # 1 - p_t, without cancellation
        total += -alpha_t * one_minus_pt ** gamma * log_sigmoid(z)  # FL(p_t) = -a_t (1-p_t)^g log p_t
        positives += y
    return total / max(1, positives)

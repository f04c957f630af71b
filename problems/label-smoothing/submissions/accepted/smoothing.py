# Label-smoothed cross-entropy (Szegedy et al., arXiv:1512.00567, section 7) with the uniform prior
# u(k) = 1/K: H(q', p) = LSE(z) - (1 - eps) z_y - (eps / K) sum_k z_k, LSE with the max shifted out.
import math


def label_smoothing_loss(logits, targets, epsilon):
    total = 0.0
    for z, y in zip(logits, targets):
        k = len(z)
        m = max(z)
        lse = m + math.log(math.fsum(math.exp(v - m) for v in z))  # log sum_j e^{z_j}, stably
        # -sum_k q'_k log p_k with log p_k = z_k - LSE and q'_k = (1 - eps)[k = y] + eps / K
        total += lse - (1 - epsilon) * z[y] - epsilon / k * math.fsum(z)
    return total / len(logits)

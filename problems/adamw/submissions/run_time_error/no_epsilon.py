# Crashes: drops epsilon, so a coordinate whose gradient is always 0 divides 0 by 0.
import math


def adamw(theta, a, c, steps, alpha, beta1, beta2, eps, weight_decay, eta):
    theta = list(theta)
    d = len(theta)
    m = [0.0] * d
    v = [0.0] * d
    for t in range(1, steps + 1):
        for i in range(d):
            g = a[i] * (theta[i] - c[i])
            m[i] = beta1 * m[i] + (1 - beta1) * g
            v[i] = beta2 * v[i] + (1 - beta2) * g * g
            m_hat = m[i] / (1 - beta1 ** t)
            v_hat = v[i] / (1 - beta2 ** t)
            theta[i] -= eta * (alpha * m_hat / math.sqrt(v_hat) + weight_decay * theta[i])
    return theta

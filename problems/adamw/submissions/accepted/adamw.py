# AdamW (Loshchilov & Hutter, arXiv:1711.05101), Algorithm 2 with a constant schedule multiplier
# eta, on f(theta) = 1/2 sum a_i (theta_i - c_i)^2.
import math


def adamw(theta, a, c, steps, alpha, beta1, beta2, eps, weight_decay, eta):
    theta = list(theta)
    d = len(theta)
    m = [0.0] * d
    v = [0.0] * d
    beta1_t = beta2_t = 1.0
    for _ in range(steps):
        beta1_t *= beta1  # beta1^t
        beta2_t *= beta2  # beta2^t
        for i in range(d):
            g = a[i] * (theta[i] - c[i])  # gradient of the loss only: no decay term in it
            m[i] = beta1 * m[i] + (1 - beta1) * g  # first moment
            v[i] = beta2 * v[i] + (1 - beta2) * g * g  # second moment
            m_hat = m[i] / (1 - beta1_t)  # bias corrections
            v_hat = v[i] / (1 - beta2_t)
            # decoupled decay: lambda * theta_{t-1} sits beside the adaptive step, both times eta
            theta[i] -= eta * (alpha * m_hat / (math.sqrt(v_hat) + eps) + weight_decay * theta[i])
    return theta

# Reference: Adam, Algorithm 1 of Kingma & Ba (arXiv:1412.6980).
import math


def adam_step(params, grads, state, lr, beta1, beta2, eps):
    state["t"] += 1
    t = state["t"]
    m, v = state["m"], state["v"]
    # Bias corrections 1 - beta^t: the moment estimates start at zero and are biased towards it.
    correction1 = 1.0 - beta1 ** t
    correction2 = 1.0 - beta2 ** t
    new_params = []
    for i, (p, g) in enumerate(zip(params, grads)):
        m[i] = beta1 * m[i] + (1.0 - beta1) * g          # m_t = b1 m_{t-1} + (1 - b1) g_t
        v[i] = beta2 * v[i] + (1.0 - beta2) * g * g      # v_t = b2 v_{t-1} + (1 - b2) g_t^2
        m_hat = m[i] / correction1                       # m^_t = m_t / (1 - b1^t)
        v_hat = v[i] / correction2                       # v^_t = v_t / (1 - b2^t)
        new_params.append(p - lr * m_hat / (math.sqrt(v_hat) + eps))  # theta_t update
    return new_params

# Too slow: keeps the whole gradient history and recomputes both moments from scratch at every
# step (m_t = (1 - b1) * sum_i b1^(t-i) g_i), which is O(T^2 n) instead of O(T n).
import math


def adam_step(params, grads, state, lr, beta1, beta2, eps):
    state["t"] += 1
    t = state["t"]
    history = state.setdefault("history", [])
    history.append(list(grads))
    out = []
    for i, p in enumerate(params):
        m = v = 0.0
        for k, g in enumerate(history):
            m += (1.0 - beta1) * beta1 ** (t - 1 - k) * g[i]
            v += (1.0 - beta2) * beta2 ** (t - 1 - k) * g[i] * g[i]
        m_hat = m / (1.0 - beta1 ** t)
        v_hat = v / (1.0 - beta2 ** t)
        out.append(p - lr * m_hat / (math.sqrt(v_hat) + eps))
    return out

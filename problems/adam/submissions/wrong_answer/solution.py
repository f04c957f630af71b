# Wrong: forgets the bias correction, so the first steps are far too small (m_t, v_t are biased
# towards their zero initialisation).
import math


def adam_step(params, grads, state, lr, beta1, beta2, eps):
    state["t"] += 1
    m, v = state["m"], state["v"]
    out = []
    for i, (p, g) in enumerate(zip(params, grads)):
        m[i] = beta1 * m[i] + (1.0 - beta1) * g
        v[i] = beta2 * v[i] + (1.0 - beta2) * g * g
        out.append(p - lr * m[i] / (math.sqrt(v[i]) + eps))
    return out

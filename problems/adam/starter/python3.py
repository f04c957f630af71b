import math


def adam_step(params, grads, state, lr, beta1, beta2, eps):
    """One Adam step. state = {"t": steps so far, "m": [...], "v": [...]}; update it in place
    and return the new parameters (a list of floats)."""
    state["t"] += 1
    # TODO: update state["m"], state["v"], apply the bias corrections, return the new params
    return list(params)

def adamw(theta: list[float], a: list[float], c: list[float], steps: int, alpha: float,
          beta1: float, beta2: float, eps: float, weight_decay: float, eta: float) -> list[float]:
    """Run `steps` AdamW steps on f(theta) = 1/2 sum a_i (theta_i - c_i)^2; return theta_T."""
    # TODO: moments m, v start at 0; bias-correct them; decay theta outside the gradient
    raise NotImplementedError

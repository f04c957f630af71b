def label_smoothing_loss(logits: list[list[float]], targets: list[int], epsilon: float) -> float:
    """Mean over the batch of LSE(z) - (1 - eps) z_y - (eps / K) sum_k z_k."""
    # TODO: compute log-sum-exp stably (subtract the maximum logit first)
    raise NotImplementedError

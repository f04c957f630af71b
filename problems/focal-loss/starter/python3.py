def focal_loss(logits: list[float], labels: list[int], alpha: float, gamma: float) -> float:
    """Sum of -alpha_t (1 - p_t)^gamma log p_t over the anchors, divided by max(1, #positives)."""
    # TODO: compute log p_t and 1 - p_t stably from the logits
    raise NotImplementedError

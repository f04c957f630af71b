def rms_norm(x: list[float], gain: list[float], eps: float) -> list[float]:
    """Return x / sqrt(mean(x_i^2) + eps) * gain, coordinate by coordinate."""
    # TODO: implement RMSNorm
    raise NotImplementedError

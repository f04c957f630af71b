# Jump consistent hash: return the bucket in [0, num_buckets) for a 64-bit unsigned key.
# Python integers are unbounded: keep the 64-bit state with `& 0xFFFFFFFFFFFFFFFF` after each step.
def jump_hash(key: int, num_buckets: int) -> int:
    # TODO: b = -1, j = 0; while j < num_buckets: b = j; LCG step; j = floor((b + 1) * 2^31 / ((key >> 33) + 1))
    raise NotImplementedError

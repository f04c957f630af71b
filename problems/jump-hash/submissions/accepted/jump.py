# Jump consistent hash (Lamping & Veach, arXiv:1406.2294), the loop of the paper's Figure 1.
MASK64 = (1 << 64) - 1  # Python ints are unbounded: keep the LCG state in 64 bits by hand.


def jump_hash(key: int, num_buckets: int) -> int:
    b, j = -1, 0
    while j < num_buckets:
        b = j  # the key currently sits in bucket b
        # 64-bit linear congruential step: key <- key * 2862933555777941757 + 1 (mod 2^64)
        key = (key * 2862933555777941757 + 1) & MASK64
        # next jump: j = floor((b + 1) * 2^31 / ((key >> 33) + 1)), in double precision
        j = int((b + 1) * (float(1 << 31) / float((key >> 33) + 1)))
    return b

# Plausible mistake: the jump uses integer division, (b + 1) * (2^31 // r), which truncates the
# ratio before the multiplication instead of computing (b + 1) * (2^31 / r) in floating point.
MASK64 = (1 << 64) - 1


def jump_hash(key: int, num_buckets: int) -> int:
    b, j = -1, 0
    while j < num_buckets:
        b = j
        key = (key * 2862933555777941757 + 1) & MASK64
        j = (b + 1) * ((1 << 31) // ((key >> 33) + 1))
    return b

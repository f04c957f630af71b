# Correct but linear in num_buckets: instead of jumping straight to the next bucket j, it walks
# through every bucket and only checks whether the key jumps there. Up to 2^31 steps per query.
MASK64 = (1 << 64) - 1


def jump_hash(key: int, num_buckets: int) -> int:
    b = 0
    key = (key * 2862933555777941757 + 1) & MASK64
    nxt = int((b + 1) * (float(1 << 31) / float((key >> 33) + 1)))
    for j in range(1, num_buckets):
        if j == nxt:
            b = j
            key = (key * 2862933555777941757 + 1) & MASK64
            nxt = int((b + 1) * (float(1 << 31) / float((key >> 33) + 1)))
    return b

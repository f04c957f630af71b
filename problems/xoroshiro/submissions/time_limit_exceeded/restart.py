# Correct but quadratic: the i-th output is recomputed by restarting from the seed and stepping
# i times, instead of keeping the state between outputs.
MASK = (1 << 64) - 1


def rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (64 - r))) & MASK


def _nth256(state, i):
    s0, s1, s2, s3 = state
    for _ in range(i):
        t = (s1 << 17) & MASK
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
    return (rotl((s1 * 5) & MASK, 7) * 9) & MASK


def _nth128(state, i):
    s0, s1 = state
    for _ in range(i):
        s1 ^= s0
        s0 = rotl(s0, 24) ^ s1 ^ ((s1 << 16) & MASK)
        s1 = rotl(s1, 37)
    return (s0 + s1) & MASK


def xoshiro256ss(state: list[int], k: int) -> list[int]:
    return [_nth256(state, i) for i in range(k)]


def xoroshiro128p(state: list[int], k: int) -> list[int]:
    return [_nth128(state, i) for i in range(k)]

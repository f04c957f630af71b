# Plausible mistake: rotl does not mask its result to 64 bits (fine in C, wrong for Python ints).
MASK = (1 << 64) - 1


def rotl(x: int, r: int) -> int:
    return (x << r) | (x >> (64 - r))


def xoshiro256ss(state: list[int], k: int) -> list[int]:
    s0, s1, s2, s3 = state
    out = []
    for _ in range(k):
        out.append((rotl((s1 * 5) & MASK, 7) * 9) & MASK)
        t = (s1 << 17) & MASK
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
    return out


def xoroshiro128p(state: list[int], k: int) -> list[int]:
    s0, s1 = state
    out = []
    for _ in range(k):
        out.append((s0 + s1) & MASK)
        s1 ^= s0
        s0 = rotl(s0, 24) ^ s1 ^ ((s1 << 16) & MASK)
        s1 = rotl(s1, 37)
    return out

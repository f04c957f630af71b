# xoshiro256** and xoroshiro128+ (Blackman & Vigna, arXiv:1805.01407).
# Linear engines: xoshiro (xor/shift/rotate, 256-bit state, shift a=17, rotation b=45) and
# xoroshiro (xor/rotate/shift/rotate, 128-bit state, a=24, b=16, c=37); scramblers: ** and +.
MASK = (1 << 64) - 1  # Python ints are unbounded: every 64-bit result is masked.


def rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (64 - r))) & MASK


def xoshiro256ss(state: list[int], k: int) -> list[int]:
    s0, s1, s2, s3 = state
    out = []
    for _ in range(k):
        out.append((rotl((s1 * 5) & MASK, 7) * 9) & MASK)  # scrambler **: rotl(s1 * 5, 7) * 9
        t = (s1 << 17) & MASK  # the linear transition of xoshiro256
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
        out.append((s0 + s1) & MASK)  # scrambler +: the sum of the two words
        s1 ^= s0  # the linear transition of xoroshiro128
        s0 = rotl(s0, 24) ^ s1 ^ ((s1 << 16) & MASK)
        s1 = rotl(s1, 37)
    return out

# xoshiro256** and xoroshiro128+: return the next k outputs from the given state.
# Python integers are unbounded: mask shifts, products and sums with & 0xFFFFFFFFFFFFFFFF.
MASK = 0xFFFFFFFFFFFFFFFF


def rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (64 - r))) & MASK


def xoshiro256ss(state: list[int], k: int) -> list[int]:
    s0, s1, s2, s3 = state
    # TODO: output rotl(s1 * 5, 7) * 9, then update the state (t = s1 << 17, ...)
    raise NotImplementedError


def xoroshiro128p(state: list[int], k: int) -> list[int]:
    s0, s1 = state
    # TODO: output s0 + s1, then update the state (a, b, c = 24, 16, 37)
    raise NotImplementedError

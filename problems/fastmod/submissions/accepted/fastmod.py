# Faster remainder by direct computation (Lemire, Kaser & Kurz, arXiv:1902.01961), 32-bit
# numerators and divisors with a 64-bit inverse (F = 64, N = 32 in the paper's terms).
MASK = (1 << 64) - 1  # Python ints are unbounded: every 64-bit product is reduced by hand.


def compute_m(d: int) -> int:
    # c = ceil(2^64 / d), stored in 64 bits: floor((2^64 - 1) / d) + 1, which wraps to 0 for d = 1
    return ((MASK // d) + 1) & MASK


def fastmod(n: int, m: int, d: int) -> int:
    lowbits = (m * n) & MASK  # the fractional part of n / d, in 64-bit fixed point
    return (lowbits * d) >> 64  # times d, keep the integer part: n mod d


def is_divisible(n: int, m: int) -> bool:
    # n is a multiple of d exactly when the fractional part is (nearly) zero: n * c mod 2^64 < c
    return (n * m) & MASK <= (m - 1) & MASK

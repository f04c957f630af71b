# Plausible mistake: a C formula copied to Python without the 64-bit wrap-around of the products.
MASK = (1 << 64) - 1


def compute_m(d: int) -> int:
    return ((MASK // d) + 1) & MASK


def fastmod(n: int, m: int, d: int) -> int:
    return (m * n * d) >> 64


def is_divisible(n: int, m: int) -> bool:
    return n * m <= m - 1

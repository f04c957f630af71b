# Faster remainder by direct computation. Python integers are unbounded: reduce every product
# "modulo 2^64" with & MASK yourself (also M - 1 when M == 0).
MASK = 0xFFFFFFFFFFFFFFFF


def compute_m(d: int) -> int:
    # TODO: ceil(2^64 / d) stored in 64 bits
    raise NotImplementedError


def fastmod(n: int, m: int, d: int) -> int:
    # TODO: lowbits = m * n mod 2^64; return (lowbits * d) >> 64
    raise NotImplementedError


def is_divisible(n: int, m: int) -> bool:
    # TODO: n * m mod 2^64 <= m - 1 mod 2^64
    raise NotImplementedError

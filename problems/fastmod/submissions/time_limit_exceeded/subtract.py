# Correct but hopeless for small divisors: remainder and divisibility by repeated subtraction.
MASK = (1 << 64) - 1
_divisor = 1  # is_divisible does not get d: remember the one compute_m saw last


def compute_m(d: int) -> int:
    global _divisor
    _divisor = d
    return ((MASK // d) + 1) & MASK


def _rem(n: int, d: int) -> int:
    while n >= d:
        n -= d
    return n


def fastmod(n: int, m: int, d: int) -> int:
    return _rem(n, d)


def is_divisible(n: int, m: int) -> bool:
    return _rem(n, _divisor) == 0

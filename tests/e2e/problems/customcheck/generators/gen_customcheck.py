"""Write customcheck's test data: composite n <= 1e12, answer = the smallest nontrivial divisor.

The two-large-primes and prime-square cases make trial division run to about 10^6.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
BOUND = 10**12


def smallest_divisor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            return d
        d += 1
    return n


def largest_prime_below(limit: int) -> int:
    return next(p for p in range(limit - 1, 1, -1) if smallest_divisor(p) == p)


def write_case(group: str, name: str, n: int) -> None:
    divisor = smallest_divisor(n)
    assert 1 < divisor < n <= BOUND, n
    folder = DATA / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{n}\n")
    (folder / f"{name}.ans").write_text(f"{divisor}\n")


def main() -> None:
    for group in ("sample", "secret"):
        shutil.rmtree(DATA / group, ignore_errors=True)
    write_case("sample", "1", 12)
    write_case("sample", "2", 49)

    p = largest_prime_below(10**6)
    q = largest_prime_below(p)
    write_case("secret", "01-four", 4)
    write_case("secret", "02-prime-square", p * p)
    write_case("secret", "03-two-large-primes", p * q)
    write_case("secret", "04-power-of-two", 2**39)
    rng = random.Random(20250904)
    for index in range(5, 9):
        a = rng.randint(2, 10**6)
        write_case("secret", f"{index:02d}-random", a * rng.randint(2, BOUND // a))


if __name__ == "__main__":
    main()

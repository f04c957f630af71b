"""Write scored's test data.

The cases are drawn so the two wrong_answer submissions get known scores:
- squaring in a double is exact only below 2^53, so it solves half of group 1 (20 points) and
  none of group 2;
- squaring modulo 2^64 solves all of group 1 (40 points) and exactly one case of group 2, which
  scores 0 only because group 2 aggregates with ``min`` (``sum`` would give it 12 more).
"""

from __future__ import annotations

import random
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def square_in_double(n: int) -> int:
    return int(float(n) ** 2)


def square_mod_2_64(n: int) -> int:
    return n * n % 2**64


def write_case(group: str, name: str, n: int) -> None:
    folder = DATA / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{n}\n")
    (folder / f"{name}.ans").write_text(f"{n * n}\n")


def draw(rng: random.Random, low: int, high: int, *, double_exact: bool) -> int:
    while True:
        n = rng.randint(low, high)
        if (square_in_double(n) == n * n) == double_exact:
            return n


def main() -> None:
    for stale in [*DATA.rglob("*.in"), *DATA.rglob("*.ans")]:
        stale.unlink()  # test_group.yaml files stay: they are written by hand
    write_case("sample", "1", 3)
    write_case("sample", "2", 12)

    rng = random.Random(20250903)
    group1 = "secret/group1"
    write_case(group1, "01-large", draw(rng, 10**8, 10**9, double_exact=False))
    write_case(group1, "02-small", draw(rng, 0, 10**7, double_exact=True))
    write_case(group1, "03-large", draw(rng, 10**8, 10**9, double_exact=False))
    write_case(group1, "04-zero", 0)

    group2 = "secret/group2"
    fits = draw(rng, 2**32 - 10**6, 2**32 - 1, double_exact=False)
    assert square_mod_2_64(fits) == fits * fits
    write_case(group2, "01-fits-64-bits", fits)
    for index in range(2, 5):
        write_case(group2, f"{index:02d}-random", draw(rng, 10**17, 10**18, double_exact=False))
    write_case(group2, "05-max", 10**18)
    assert square_in_double(10**18) != 10**36


if __name__ == "__main__":
    main()

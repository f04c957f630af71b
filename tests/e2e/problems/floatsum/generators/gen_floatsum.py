"""Write floatsum's test data.

Answers are exact decimal sums. Every case is drawn so that the float tolerance (1e-6, absolute or
relative) decides: the sum rounded to 7 significant digits must pass and rounded to 4 must fail,
which is what the accepted and wrong_answer submissions print.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
TOLERANCE = 1e-6
MICROS = 10**9  # |x| <= 1000, in millionths


def tolerated(printed: str, exact: Decimal) -> bool:
    error = abs(float(printed) - float(exact))
    return error <= TOLERANCE or error <= TOLERANCE * abs(float(exact))


def separates(exact: Decimal) -> bool:
    return tolerated(f"{float(exact):.7g}", exact) and not tolerated(f"{float(exact):.4g}", exact)


def write_case(group: str, name: str, values: list[Decimal]) -> None:
    folder = DATA / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{len(values)}\n{' '.join(map(str, values))}\n")
    (folder / f"{name}.ans").write_text(f"{sum(values, Decimal(0))}\n")


def draw(rng: random.Random, count: int, low: int = -MICROS, high: int = MICROS) -> list[Decimal]:
    while True:
        values = [Decimal(rng.randint(low, high)).scaleb(-6) for _ in range(count)]
        if separates(sum(values, Decimal(0))):
            return values


def main() -> None:
    for stale in [*DATA.glob("*/*.in"), *DATA.glob("*/*.ans")]:
        stale.unlink()  # test_group.yaml files stay: they are written by hand
    samples = ["1.5 2.25 -0.125 100.000001", "0.1 0.2 0.3 999.123456"]
    for index, line in enumerate(samples, start=1):
        values = [Decimal(token) for token in line.split()]
        assert separates(sum(values, Decimal(0))), line
        write_case("sample", str(index), values)

    rng = random.Random(20250902)
    write_case("secret", "01-one", draw(rng, 1))
    write_case("secret", "02-two", draw(rng, 2))
    write_case("secret", "03-positive", draw(rng, 50, low=0))
    write_case("secret", "04-negative", draw(rng, 50, high=0))
    for index in range(5, 9):
        write_case("secret", f"{index:02d}-random", draw(rng, 1000))


if __name__ == "__main__":
    main()

"""Write aplusb's test data.

The extremes are there so that a 32-bit sum fails (sums reach 4e9) while the samples and the
small cases still pass: the end-to-end suite relies on a submission that fails only some cases.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
BOUND = 2 * 10**9


def write_case(group: str, name: str, a: int, b: int) -> None:
    folder = DATA / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{a} {b}\n")
    (folder / f"{name}.ans").write_text(f"{a + b}\n")


def main() -> None:
    for group in ("sample", "secret"):
        shutil.rmtree(DATA / group, ignore_errors=True)
    write_case("sample", "1", 1, 2)
    write_case("sample", "2", -5, 12)

    write_case("secret", "01-zeros", 0, 0)
    write_case("secret", "02-negative", -7, -8)
    write_case("secret", "03-max", BOUND, BOUND)
    write_case("secret", "04-min", -BOUND, -BOUND)
    write_case("secret", "05-opposite", BOUND, -BOUND)
    rng = random.Random(20250901)
    for index in range(6, 9):
        write_case("secret", f"{index:02d}-random", rng.randint(-BOUND, BOUND), rng.randint(0, 999))


if __name__ == "__main__":
    main()

"""Write fastmod's test data: python3 generators/gen.py (deterministic, seeded).

Answers come from running the python3 accepted submission through include/python3/main.py; the
generator also checks them against Python's own % operator.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "fastmod.py"
TOP = 2**32 - 1
Group = tuple[int, list[int]]


def answer(text: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(ROOT / "include" / "python3" / "main.py", Path(tmp) / "main.py")
        shutil.copy(REFERENCE, Path(tmp) / "solution.py")
        return subprocess.run([sys.executable, "main.py"], input=text, cwd=tmp, text=True,
                              capture_output=True, check=True).stdout


def write(group: str, name: str, groups: list[Group]) -> None:
    text = f"{len(groups)}\n" + "".join(f"{d} {len(ns)} {' '.join(map(str, ns))}\n" for d, ns in groups)
    out = answer(text)
    lines = out.split("\n")
    for i, (d, ns) in enumerate(groups):  # cross-check with plain division
        assert lines[3 * i + 1].split() == [str(n % d) for n in ns], (d, ns)
        assert lines[3 * i + 2].split() == [str(int(n % d == 0)) for n in ns], (d, ns)
    folder = ROOT / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(text)
    (folder / f"{name}.ans").write_text(out)


def main() -> None:
    for stale in [*ROOT.glob("data/*/*.in"), *ROOT.glob("data/*/*.ans")]:
        stale.unlink()
    write("sample", "01", [(3, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), (7, [49, 50, 1000000])])
    write("sample", "02", [(1, [0, 5, TOP]), (TOP, [TOP - 1, TOP, 0])])

    rng = random.Random(1902_01961)
    num = lambda: rng.randint(0, TOP)  # noqa: E731

    def around(d: int, count: int) -> list[int]:
        """Numerators near multiples of d: the places where rounding errors show."""
        out = []
        for _ in range(count):
            q = rng.randint(0, TOP // d)
            out.append(min(TOP, max(0, q * d + rng.randint(-1, 1))))
        return out

    write("secret", "01-divisor-one", [(1, [0, 1, 2, TOP, num(), num()])])
    write("secret", "02-small-divisors", [(d, around(d, 30) + [num() for _ in range(10)]) for d in range(1, 101)])
    write("secret", "03-powers-of-two", [(2**e, around(2**e, 20) + [0, TOP]) for e in range(32)])
    write("secret", "04-near-powers", [(2**e + s, around(2**e + s, 20) + [TOP])
                                       for e in range(2, 32) for s in (-1, 1)])
    write("secret", "05-huge-divisors", [(TOP - i, [TOP, TOP - i, TOP - i - 1, 0, num(), num()]) for i in range(50)]
          + [(2**31 + i, [TOP, 2**31 + i, 2 * (2**31 + i) - 2**32 if i else 0, num()]) for i in range(50)])
    write("secret", "06-numerator-extremes", [(rng.randint(1, TOP), [0, 1, TOP, TOP - 1]) for _ in range(200)])
    for i in range(7, 11):
        groups = []
        for _ in range(200):
            d = rng.randint(1, 2 ** rng.randint(1, 32) - 1)
            groups.append((d, around(d, 20) + [num() for _ in range(20)]))
        write("secret", f"{i:02d}-random", groups)
    # many numerators per divisor: the constant is computed once and reused
    write("secret", "11-many-small", [(d, [num() for _ in range(20000)]) for d in (3, 10, 641, 1000003, 65537)])
    write("secret", "12-many-multiples", [(d, around(d, 25000)) for d in (7, 2**16 + 1, 123456789, TOP)])


if __name__ == "__main__":
    main()

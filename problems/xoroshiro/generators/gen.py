"""Write xoroshiro's test data: python3 generators/gen.py (deterministic, seeded).

Answers come from running the python3 accepted submission through include/python3/main.py.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "xoshiro.py"
ONES = 2**64 - 1
Query = tuple[str, int, list[int]]


def answer(text: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(ROOT / "include" / "python3" / "main.py", Path(tmp) / "main.py")
        shutil.copy(REFERENCE, Path(tmp) / "solution.py")
        return subprocess.run([sys.executable, "main.py"], input=text, cwd=tmp, text=True,
                              capture_output=True, check=True).stdout


def write(group: str, name: str, queries: list[Query]) -> None:
    text = f"{len(queries)}\n" + "".join(f"{g} {k} {' '.join(map(str, s))}\n" for g, k, s in queries)
    folder = ROOT / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(text)
    (folder / f"{name}.ans").write_text(answer(text))


def main() -> None:
    for stale in [*ROOT.glob("data/*/*.in"), *ROOT.glob("data/*/*.ans")]:
        stale.unlink()
    write("sample", "01", [("xoshiro256**", 4, [1, 2, 3, 4]), ("xoroshiro128+", 3, [1, 2])])
    write("sample", "02", [("xoroshiro128+", 5, [ONES, 1]), ("xoshiro256**", 2, [0, 0, 0, 1])])

    rng = random.Random(1805_01407)
    word = lambda: rng.getrandbits(64)  # noqa: E731

    def rand(name: str, k: int) -> Query:
        size = 4 if name == "xoshiro256**" else 2
        state = [word() for _ in range(size)]
        return (name, k, state if any(state) else [1] + state[1:])

    both = ("xoshiro256**", "xoroshiro128+")
    singles = [(g, 1, s) for g in both for s in ([1, 0, 0, 0][: 4 if g == both[0] else 2],
                                                  [ONES] * (4 if g == both[0] else 2))]
    write("secret", "01-single-output", singles)
    # one set bit anywhere: the generators must get the shifts and rotations exactly right
    bits = [("xoshiro256**", 20, [1 << b if w == i else 0 for w in range(4)])
            for i in range(4) for b in (0, 13, 31, 32, 63)]
    bits += [("xoroshiro128+", 20, [1 << b if w == i else 0 for w in range(2)])
             for i in range(2) for b in (0, 7, 31, 48, 63)]
    write("secret", "02-one-bit", bits)
    write("secret", "03-all-ones", [(g, 100, [ONES] * n) for g, n in (("xoshiro256**", 4), ("xoroshiro128+", 2))])
    write("secret", "04-xoshiro-only", [rand("xoshiro256**", rng.randint(1, 50)) for _ in range(200)])
    write("secret", "05-xoroshiro-only", [rand("xoroshiro128+", rng.randint(1, 50)) for _ in range(200)])
    for i in range(6, 10):
        write("secret", f"{i:02d}-mixed", [rand(rng.choice(both), rng.randint(1, 300)) for _ in range(100)])
    # long streams: the state must be carried from one output to the next
    write("secret", "10-long-xoshiro", [rand("xoshiro256**", 100000)])
    write("secret", "11-long-xoroshiro", [rand("xoroshiro128+", 100000)])


if __name__ == "__main__":
    main()

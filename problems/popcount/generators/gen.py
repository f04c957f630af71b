"""Write popcount's test data: python3 generators/gen.py (deterministic, seeded).

Answers come from running the python3 accepted submission; the generator cross-checks them with
int.bit_count word by word.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "harley_seal.py"
ONES = 2**64 - 1


def write(group: str, name: str, a: list[int], b: list[int]) -> None:
    text = f"{len(a)}\n{' '.join(f'{w:016x}' for w in a)}\n{' '.join(f'{w:016x}' for w in b)}\n"
    out = subprocess.run([sys.executable, str(REFERENCE)], input=text, text=True,
                         capture_output=True, check=True).stdout
    expect = [sum(w.bit_count() for w in ws) for ws in
              (a, b, [x & y for x, y in zip(a, b)], [x | y for x, y in zip(a, b)])]
    assert out.split() == [str(e) for e in expect], name
    folder = ROOT / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(text)
    (folder / f"{name}.ans").write_text(out)


def main() -> None:
    for stale in [*ROOT.glob("data/*/*.in"), *ROOT.glob("data/*/*.ans")]:
        stale.unlink()
    write("sample", "01", [0xFF, ONES, 0x8000000000000001], [0x0F0F0F0F0F0F0F0F, 0, 1])
    write("sample", "02", [2**k for k in range(20)], [ONES - 2**k for k in range(20)])

    rng = random.Random(1611_07612)
    word = lambda: rng.getrandbits(64)  # noqa: E731

    def sparse(p: float) -> int:  # each bit set with probability about p
        w = 0
        for _ in range(3):
            w |= rng.getrandbits(64) if rng.random() < p * 3 else 0
        return w & rng.getrandbits(64) if p < 0.5 else w

    write("secret", "01-one-word", [word()], [word()])
    write("secret", "02-zeros", [0] * 1000, [0] * 1000)
    write("secret", "03-ones", [ONES] * 1000, [ONES] * 1000)
    write("secret", "04-high-bits", [1 << 63 | 1 << rng.randint(32, 62) for _ in range(999)],
          [ONES ^ (1 << rng.randint(0, 31)) for _ in range(999)])
    for n in (15, 16, 17, 31, 33, 255, 257):  # around the 16-word blocks of the adder tree
        write("secret", f"05-length-{n:03d}", [word() for _ in range(n)], [word() for _ in range(n)])
    write("secret", "06-sparse", [sparse(0.01) for _ in range(5000)], [sparse(0.02) for _ in range(5000)])
    for i in range(7, 10):
        n = rng.randint(1000, 20000)
        write("secret", f"{i:02d}-random", [word() for _ in range(n)], [word() for _ in range(n)])
    # the largest inputs: a loop over every bit is far too slow here
    n = 100000
    write("secret", "10-large-dense", [word() for _ in range(n)], [word() | word() for _ in range(n)])
    write("secret", "11-large-mixed", [rng.choice([0, ONES, word()]) for _ in range(n)],
          [word() & word() for _ in range(n)])


if __name__ == "__main__":
    main()

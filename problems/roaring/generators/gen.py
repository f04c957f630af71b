"""Write roaring's test data: python3 generators/gen.py (deterministic, seeded).

Answers come from running the python3 accepted submission; the generator cross-checks them with
plain Python sets.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "roaring.py"
TOP = 2**32 - 1


def expected(s: set[int]) -> str:
    counts: dict[int, int] = {}
    for v in s:
        counts[v >> 16] = counts.get(v >> 16, 0) + 1
    bitmaps = sum(c > 4096 for c in counts.values())
    return f"{len(s)} {len(counts)} {len(counts) - bitmaps} {bitmaps}"


def write(group: str, name: str, a: list[int], b: list[int], rng: random.Random | None = None) -> None:
    if rng is not None:
        rng.shuffle(a)
        rng.shuffle(b)
    text = f"{len(a)} {len(b)}\n{' '.join(map(str, a))}\n{' '.join(map(str, b))}\n"
    out = subprocess.run([sys.executable, str(REFERENCE)], input=text, text=True,
                         capture_output=True, check=True).stdout
    sa, sb = set(a), set(b)
    assert out.split("\n")[:4] == [expected(x) for x in (sa, sb, sa & sb, sa | sb)], name
    folder = ROOT / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(text)
    (folder / f"{name}.ans").write_text(out)


def main() -> None:
    for stale in [*ROOT.glob("data/*/*.in"), *ROOT.glob("data/*/*.ans")]:
        stale.unlink()
    write("sample", "01", [1, 2, 3, 65536, 1], [2, 3, 4, 131072])
    write("sample", "02", list(range(0, 10000, 2)), list(range(0, 10000, 3)) + [TOP])

    rng = random.Random(1402_6407)

    def chunk(key: int, count: int, pool: range | None = None) -> list[int]:
        return [(key << 16) | low for low in rng.sample(pool or range(1 << 16), count)]

    write("secret", "01-single", [0], [TOP])
    write("secret", "02-duplicates", [5] * 1000 + [70000] * 3, [5, 5, 6])
    # containers of exactly 4095, 4096 and 4097 values
    write("secret", "03-threshold-inputs", chunk(0, 4095) + chunk(1, 4096) + chunk(2, 4097),
          chunk(3, 4096) + chunk(65535, 4097) + chunk(7, 1), rng)
    # AND of two bitmaps that lands on exactly 4096 (an array) and 4097 (a bitmap)
    common = list(range(0, 8192, 2))  # 4096 even lows
    a = [(10 << 16) | v for v in common + list(range(1, 2001, 2))]
    b = [(10 << 16) | v for v in common + list(range(2001, 4001, 2))]
    a += [(11 << 16) | v for v in common + [1] + list(range(3, 2001, 2))]
    b += [(11 << 16) | v for v in common + [1] + list(range(2001, 4001, 2))]
    write("secret", "04-and-threshold", a, b, rng)
    # OR of two arrays that lands on 4096 (array) and 4097 (bitmap); OR of overlapping arrays
    a = chunk(20, 2048, range(0, 1 << 15)) + chunk(21, 2049, range(0, 1 << 15)) + chunk(22, 4000)
    b = chunk(20, 2048, range(1 << 15, 1 << 16)) + chunk(21, 2048, range(1 << 15, 1 << 16))
    b += [v for v in a if v >> 16 == 22][:3000] + chunk(23, 10)
    write("secret", "05-or-threshold", a, b, rng)
    write("secret", "06-disjoint-keys", [v for k in range(0, 100, 2) for v in chunk(k, 50)],
          [v for k in range(1, 100, 2) for v in chunk(k, 50)], rng)
    write("secret", "07-full-chunks", list(range(0, 3 << 16)), list(range(1 << 16, 4 << 16, 3)))
    for i in range(8, 11):
        a, b = [], []
        for _ in range(30):
            key = rng.randint(0, 200)
            size = rng.choice([1, 10, 1000, 4095, 4096, 4097, 5000, 20000])
            (a if rng.random() < 0.5 else b).extend(chunk(key, size))
        write("secret", f"{i:02d}-random-chunks", a, b, rng)
    write("secret", "11-uniform", [rng.randint(0, TOP) for _ in range(50000)],
          [rng.randint(0, TOP) for _ in range(50000)])
    # large: many keys (a scan of every chunk bit by bit is far too slow) and dense bitmaps
    a = [v for k in range(2000) for v in chunk(k, 50)]
    b = [v for k in range(1000, 3000) for v in chunk(k, 50)]
    write("secret", "12-many-keys", a, b, rng)
    a = [v for k in range(3) for v in chunk(k, 40000)]
    b = [v for k in range(1, 4) for v in chunk(k, 30000)]
    write("secret", "13-dense", a, b, rng)


if __name__ == "__main__":
    main()

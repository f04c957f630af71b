"""Write xor-filter's test data: python3 generators/gen.py (deterministic, seeded).

Answers come from running the python3 accepted submission. Some tests plant two keys whose three
cells coincide under the given seed: peeling must then fail and the next seed be tried.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "xorfilter.py"
MASK = 2**64 - 1


def mix(z: int) -> int:
    z = ((z ^ (z >> 33)) * 0xFF51AFD7ED558CCD) & MASK
    z = ((z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53) & MASK
    return z ^ (z >> 33)


def cells(x: int, seed: int, n: int) -> tuple[int, int, int]:
    block = (32 + (123 * n + 99) // 100) // 3
    h = mix((x + seed) & MASK)
    rot = lambda r: ((h << r) | (h >> (64 - r))) & MASK  # noqa: E731
    return tuple(((v & 0xFFFFFFFF) * block) >> 32 for v in (h, rot(21), rot(42)))


def twin(rng: random.Random, x: int, seed: int, n: int, taken: set[int]) -> int:
    """A key other than x with the same three cells as x (for a filter of n keys)."""
    target = cells(x, seed, n)
    while True:
        y = rng.getrandbits(64)
        if y != x and y not in taken and cells(y, seed, n) == target:
            return y


def write(group: str, name: str, seed: int, keys: list[int], queries: list[int]) -> None:
    assert len(set(keys)) == len(keys)
    text = (f"{len(keys)} {seed}\n{' '.join(map(str, keys))}\n"
            f"{len(queries)}\n{' '.join(map(str, queries))}\n")
    out = subprocess.run([sys.executable, str(REFERENCE)], input=text, text=True,
                         capture_output=True, check=True).stdout
    answers = out.split("\n")[2]
    member = set(keys)
    assert all(a == "1" for a, y in zip(answers, queries) if y in member), name  # no false negative
    folder = ROOT / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(text)
    (folder / f"{name}.ans").write_text(out)


def main() -> None:
    for stale in [*ROOT.glob("data/*/*.in"), *ROOT.glob("data/*/*.ans")]:
        stale.unlink()
    rng = random.Random(1912_08258)
    word = lambda: rng.getrandbits(64)  # noqa: E731

    def keyset(n: int) -> list[int]:
        keys: dict[int, None] = {}
        while len(keys) < n:
            keys[word()] = None
        return list(keys)

    def mixed_queries(keys: list[int], q: int) -> list[int]:
        return [rng.choice(keys) if rng.random() < 0.5 else word() for _ in range(q)]

    write("sample", "01", 0, [1, 2, 3], [1, 4])
    write("sample", "02", 2019, list(range(100, 110)), list(range(95, 115)))
    seed = word()
    pair = [word()]
    pair.append(twin(rng, pair[0], seed, 2, set(pair)))
    write("sample", "03", seed, pair, pair + [0])  # the first seed fails

    write("secret", "01-one-key", word(), [word()], [0, MASK])
    write("secret", "02-extreme-keys", MASK, [0, 1, MASK, MASK - 1, 2**63], [0, 1, 2, MASK, 2**63, 2**63 - 1])
    for i, n in enumerate((2, 7, 40), start=3):  # planted twins: the first seed must fail
        seed = word()
        keys = keyset(n - 1)
        keys.append(twin(rng, keys[0], seed, n, set(keys)))
        rng.shuffle(keys)
        write("secret", f"{i:02d}-retry-{n}", seed, keys, mixed_queries(keys, 50))
    seed = word()
    keys = keyset(999)
    keys.append(twin(rng, keys[0], seed, 1000, set(keys)))
    write("secret", "06-retry-1000", seed, keys, mixed_queries(keys, 1000))
    write("secret", "07-consecutive-keys", 0, list(range(1, 2001)), list(range(0, 4000)))
    for i, n in enumerate((10, 100, 1000, 5000), start=8):
        keys = keyset(n)
        write("secret", f"{i:02d}-random-{n}", word(), keys, mixed_queries(keys, 2 * n))
    # only non-members: about 1 in 256 answers is a false positive, which must match exactly
    keys = keyset(20000)
    write("secret", "12-false-positives", word(), keys, [word() for _ in range(20000)])
    # the largest sizes: finding each lone key by a scan over all keys is far too slow here
    keys = keyset(50000)
    write("secret", "13-large", word(), keys, mixed_queries(keys, 50000))
    keys = keyset(50000)
    write("secret", "14-large-members", word(), keys, keys[::-1])


if __name__ == "__main__":
    main()

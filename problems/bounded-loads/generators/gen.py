"""Write bounded-loads' test data: python3 generators/gen.py (deterministic, seeded).

Answers come from running the python3 accepted submission; the generator checks that no server
ever exceeds its capacity.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "bounded.py"
TOP = 2**64 - 1


def write(group: str, name: str, e: int, servers: list[int], keys: list[int]) -> None:
    assert len(set(servers)) == len(servers)
    n, m = len(servers), len(keys)
    text = f"{n} {m} {e}\n{' '.join(map(str, servers))}\n{' '.join(map(str, keys))}\n"
    out = subprocess.run([sys.executable, str(REFERENCE)], input=text, text=True,
                         capture_output=True, check=True).stdout
    load = [0] * n
    for t, s in enumerate(map(int, out.split()), start=1):
        load[s] += 1
        assert load[s] <= -(-(1000 + e) * t // (1000 * n)), name
    folder = ROOT / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(text)
    (folder / f"{name}.ans").write_text(out)


def main() -> None:
    for stale in [*ROOT.glob("data/*/*.in"), *ROOT.glob("data/*/*.ans")]:
        stale.unlink()
    write("sample", "01", 250, [1, 2, 3], [10, 11, 12, 13, 14, 15])
    write("sample", "02", 0, [100, 200], [7] * 5)

    rng = random.Random(1608_01350)
    word = lambda: rng.getrandbits(64)  # noqa: E731

    def ids(count: int) -> list[int]:
        out: dict[int, None] = {}
        while len(out) < count:
            out[word()] = None
        return list(out)

    write("secret", "01-one-server", 100, [word()], [word() for _ in range(100)])
    write("secret", "02-one-key", 1000, ids(10), [word()])
    write("secret", "03-perfect-balance", 0, ids(50), [word() for _ in range(5000)])
    write("secret", "04-same-key", 500, ids(20), [12345] * 1000)  # the walk goes all around
    write("secret", "05-extreme-ids", 100, [0, 1, TOP, 2**63], [0, 1, TOP, 2**63, 2, 3] * 10)
    write("secret", "06-loose", 10000, ids(100), [word() for _ in range(10000)])
    for i, (n, m, e) in enumerate([(10, 1000, 100), (100, 10000, 250), (1000, 5000, 500),
                                   (5, 100000, 100)], start=7):
        write("secret", f"{i:02d}-random", e, ids(n), [word() for _ in range(m)])
    write("secret", "11-small-eps", 10, ids(1000), [word() for _ in range(1000)])
    # large: a linear scan of the ring per key is far too slow here
    write("secret", "12-large", 100, ids(50000), [word() for _ in range(100000)])
    write("secret", "13-large-hot-keys", 250, ids(20000),
          [rng.choice([1, 2, 3]) if rng.random() < 0.05 else word() for _ in range(50000)])


if __name__ == "__main__":
    main()

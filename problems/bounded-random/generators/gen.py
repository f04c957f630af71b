"""Write bounded-random's test data: python3 generators/gen.py (deterministic, seeded).

Answers come from running the python3 accepted submission.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "lemire.py"
TOP = 2**64 - 1


def write(group: str, name: str, seed: int, bounds: list[int]) -> None:
    text = f"{seed} {len(bounds)}\n{' '.join(map(str, bounds))}\n"
    folder = ROOT / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(text)
    result = subprocess.run([sys.executable, str(REFERENCE)], input=text, text=True,
                            capture_output=True, check=True)
    (folder / f"{name}.ans").write_text(result.stdout)


def main() -> None:
    for stale in [*ROOT.glob("data/*/*.in"), *ROOT.glob("data/*/*.ans")]:
        stale.unlink()
    write("sample", "01", 0, [6, 6, 6, 6, 6])
    write("sample", "02", 42, [1, 2, 10, 1000000, 2**63 + 1, 2**63 + 1, 2**63 + 1, 2**63 + 1])

    rng = random.Random(1805_10941)
    seed = lambda: rng.getrandbits(64)  # noqa: E731
    write("secret", "01-one", 7, [1])
    write("secret", "02-tiny-bounds", seed(), [rng.randint(1, 4) for _ in range(1000)])
    write("secret", "03-extremes", TOP, [1, TOP, 2**63, 2**63 + 1, 2**32, 2**32 + 1, 3, TOP - 1] * 50)
    # just above 2^63, nearly half of the words are rejected: the rejection loop must be exact
    write("secret", "04-heavy-rejection", seed(), [2**63 + rng.randint(1, 2**40) for _ in range(2000)])
    write("secret", "05-powers-of-two", seed(), [2**rng.randint(0, 63) for _ in range(2000)])
    write("secret", "06-dice", seed(), [6] * 5000)
    for i in range(7, 11):
        write("secret", f"{i:02d}-random", seed(),
              [rng.randint(1, 2**rng.randint(1, 64) - 1) for _ in range(5000)])
    # a Fisher-Yates shuffle of 200000 items draws from [0, s) for s = 200000, 199999, ..., 1
    write("secret", "11-shuffle", seed(), list(range(200000, 0, -1)))
    write("secret", "12-large-mixed", seed(),
          [rng.choice([rng.randint(1, 100), rng.randint(2**63, TOP), rng.getrandbits(64) or 1])
           for _ in range(60000)])


if __name__ == "__main__":
    main()

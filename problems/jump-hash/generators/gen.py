"""Write jump-hash's test data: python3 generators/gen.py (deterministic, seeded).

Inputs are drawn here; answers come from running the python3 accepted submission through the
python3 harness (include/python3/main.py), exactly as the judge would.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "jump.py"
MAX_BUCKETS = 2**31 - 1


def answer(text: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(ROOT / "include" / "python3" / "main.py", Path(tmp) / "main.py")
        shutil.copy(REFERENCE, Path(tmp) / "solution.py")
        return subprocess.run([sys.executable, "main.py"], input=text, cwd=tmp, text=True,
                              capture_output=True, check=True).stdout


def write(group: str, name: str, queries: list[tuple[int, int]]) -> None:
    text = f"{len(queries)}\n" + "".join(f"{k} {n}\n" for k, n in queries)
    folder = ROOT / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(text)
    (folder / f"{name}.ans").write_text(answer(text))


def main() -> None:
    for stale in [*ROOT.glob("data/*/*.in"), *ROOT.glob("data/*/*.ans")]:
        stale.unlink()
    write("sample", "01", [(0, 1), (1, 2), (1, 10), (256, 1000)])
    write("sample", "02", [(123456789, 16), (2**64 - 1, 7), (42, 1), (42, 2), (42, 3)])

    rng = random.Random(1406_2294)
    key = lambda: rng.getrandbits(64)  # noqa: E731
    # edge cases: one bucket, extreme keys, the largest bucket count
    write("secret", "01-one-bucket", [(key(), 1) for _ in range(50)] + [(0, 1), (2**64 - 1, 1)])
    write("secret", "02-extreme-keys",
          [(k, n) for k in (0, 1, 2**63, 2**64 - 1, 2**32 - 1, 2**32)
           for n in (1, 2, 3, 10, 1000, 2**16, MAX_BUCKETS)])
    # consistency: the same keys for every n from 1 to 200 (moves happen only to the new bucket)
    keys = [key() for _ in range(20)]
    write("secret", "03-growing", [(k, n) for k in keys for n in range(1, 201)])
    write("secret", "04-small-keys", [(k, rng.randint(1, 100)) for k in range(2000)])
    for i in range(5, 9):
        write("secret", f"{i:02d}-random",
              [(key(), rng.randint(1, 10 ** rng.randint(1, 9))) for _ in range(2000)])
    # large bucket counts: where a scan over buckets is hopeless
    write("secret", "09-huge-buckets", [(key(), rng.randint(2**30, MAX_BUCKETS)) for _ in range(2000)])
    write("secret", "10-max-buckets", [(key(), MAX_BUCKETS) for _ in range(2000)])
    # many queries: the maximum T
    write("secret", "11-many", [(key(), rng.randint(1, MAX_BUCKETS)) for _ in range(50000)])
    write("secret", "12-many-max", [(key(), MAX_BUCKETS) for _ in range(50000)])


if __name__ == "__main__":
    main()

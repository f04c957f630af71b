"""Write stream-vbyte's test data: python3 generators/gen.py (deterministic, seeded).

Decode queries carry encodings made here, some with non-minimal lengths (a decoder must follow
the control codes, whatever they say). Answers come from running the python3 accepted submission
through include/python3/main.py.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "svb.py"


def answer(text: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(ROOT / "include" / "python3" / "main.py", Path(tmp) / "main.py")
        shutil.copy(REFERENCE, Path(tmp) / "solution.py")
        return subprocess.run([sys.executable, "main.py"], input=text, cwd=tmp, text=True,
                              capture_output=True, check=True).stdout


def minimal(v: int) -> int:
    return max(1, (v.bit_length() + 7) // 8)


def encoded(values: list[int], rng: random.Random | None = None) -> str:
    """A D query; with rng, some values get more bytes than they need."""
    control = bytearray((len(values) + 3) // 4)
    data = bytearray()
    for i, v in enumerate(values):
        length = minimal(v)
        if rng is not None and rng.random() < 0.3:
            length = rng.randint(length, 4)
        control[i >> 2] |= (length - 1) << (2 * (i & 3))
        data += v.to_bytes(length, "little")
    return f"D {len(values)} {control.hex()} {data.hex()}"


def write(group: str, name: str, queries: list[str]) -> None:
    text = f"{len(queries)}\n" + "".join(q + "\n" for q in queries)
    folder = ROOT / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(text)
    (folder / f"{name}.ans").write_text(answer(text))


def enc(values: list[int]) -> str:
    return f"E {len(values)} {' '.join(map(str, values))}"


def main() -> None:
    for stale in [*ROOT.glob("data/*/*.in"), *ROOT.glob("data/*/*.ans")]:
        stale.unlink()
    write("sample", "01", [enc([1, 256, 65536, 16777216, 0, 4294967295]), encoded([7, 1000, 70000])])
    write("sample", "02", ["D 5 0500 0a000102030405", enc([0]), enc([300, 5, 5, 5, 5])])

    rng = random.Random(1709_08990)

    def value() -> int:  # each byte length equally likely
        return rng.getrandbits(8 * rng.randint(1, 4))

    boundaries = [0, 1, 255, 256, 65535, 65536, 2**24 - 1, 2**24, 2**32 - 1]
    write("secret", "01-single", [enc([v]) for v in boundaries] + [encoded([v]) for v in boundaries])
    # every count modulo 4, so the last control byte is full or partly used
    write("secret", "02-partial-control", [enc([value() for _ in range(n)]) for n in range(1, 13)]
          + [encoded([value() for _ in range(n)]) for n in range(1, 13)])
    write("secret", "03-boundaries", [enc(rng.choices(boundaries, k=64)) for _ in range(20)]
          + [encoded(rng.choices(boundaries, k=64)) for _ in range(20)])
    write("secret", "04-all-small", [enc([rng.randint(0, 255) for _ in range(400)]) for _ in range(5)])
    write("secret", "05-all-large", [enc([rng.randint(2**24, 2**32 - 1) for _ in range(400)])
                                     for _ in range(5)])
    write("secret", "06-non-minimal", [encoded([value() for _ in range(rng.randint(1, 200))], rng)
                                       for _ in range(50)])
    for i in range(7, 10):
        queries = []
        for _ in range(100):
            vals = [value() for _ in range(rng.randint(1, 100))]
            queries.append(enc(vals) if rng.random() < 0.5 else encoded(vals, rng))
        write("secret", f"{i:02d}-mixed", queries)
    # skewed like real posting-list gaps: mostly small, rarely large
    gaps = [min(2**32 - 1, int(rng.paretovariate(0.6))) for _ in range(50000)]
    write("secret", "10-gaps", [enc(gaps), encoded(gaps)])
    write("secret", "11-large-encode", [enc([value() for _ in range(100000)])])
    write("secret", "12-large-decode", [encoded([value() for _ in range(100000)], rng)])


if __name__ == "__main__":
    main()

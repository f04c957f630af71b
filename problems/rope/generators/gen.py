#!/usr/bin/env python3
"""Writes data/sample and data/secret for rope; answers come from the python3 accepted
solution. Deterministic (one random.Random(seed) per test)."""
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fmt(x):
    return f"{x:.6g}"


def case(d, base, rows):
    lines = [f"{len(rows)} {d} {base}"]
    lines += [f"{m} " + " ".join(map(fmt, x)) for m, x in rows]
    return "\n".join(lines) + "\n"


def random_case(seed, n, d, base=10000, max_pos=512, scale=1.0):
    rng = random.Random(seed)
    rows = [(rng.randint(0, max_pos), [max(-100.0, min(100.0, rng.gauss(0, scale))) for _ in range(d)])
            for _ in range(n)]
    return case(d, base, rows)


SAMPLES = [
    case(4, 10000, [(0, [1, 2, 3, 4]), (1, [1, 0, 1, 0])]),
    case(2, 10000, [(3, [1, 0]), (3, [0, 1]), (10, [2, -1])]),
]


def secret_cases():
    yield "01-d2-positions", case(2, 10000, [(m, [1.5, -0.5]) for m in range(8)])
    yield "02-position-zero", random_case(2, 5, 16, max_pos=0)
    yield "03-small-base", random_case(3, 20, 8, base=10)
    yield "04-huge-positions", random_case(4, 30, 32, max_pos=1000000)
    yield "05-same-vector", case(6, 500, [(m, [1, 2, -3, 0.5, 4, -1]) for m in (0, 1, 2, 100, 1000)])
    yield "06-d64", random_case(6, 100, 64, scale=10)
    yield "07-d128", random_case(7, 500, 128, max_pos=2048)
    yield "08-many-rows", random_case(8, 20000, 10, max_pos=100000, scale=50)
    yield "09-big-base", random_case(9, 50, 20, base=1000000, max_pos=1000000)
    yield "10-wide", random_case(10, 48, 4096, max_pos=4096)
    yield "11-wide-2", random_case(11, 24, 8192, max_pos=8192)


def write(directory, name, text):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.in").write_text(text)
    answer = subprocess.run([sys.executable, str(ROOT / "submissions" / "accepted" / "rope.py")],
                            input=text, capture_output=True, text=True, check=True)
    (directory / f"{name}.ans").write_text(answer.stdout)


def main():
    for i, text in enumerate(SAMPLES, 1):
        write(ROOT / "data" / "sample", f"{i:02d}", text)
    for name, text in secret_cases():
        write(ROOT / "data" / "secret", name, text)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes data/sample and data/secret for online-softmax; answers come from the python3 accepted
solution run through the harness. Deterministic (one random.Random(seed) per test)."""
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fmt(x):
    return f"{x:.9g}"


def case(vectors):
    lines = [str(len(vectors))]
    for v in vectors:
        lines += [str(len(v)), " ".join(map(fmt, v))]
    return "\n".join(lines) + "\n"


def gauss_vectors(seed, q, n, mean=0.0, sd=1.0):
    rng = random.Random(seed)
    return case([[rng.gauss(mean, sd) for _ in range(n)] for _ in range(q)])


SAMPLES = [
    case([[1, 2, 3], [1000, 1000]]),
    case([[-1000, 0, 5], [0.5]]),
]


def secret_cases():
    yield "01-single-element", case([[0], [123456.5], [-999999]])
    yield "02-all-equal", case([[7] * 10, [-3.25] * 4])
    yield "03-huge-logits", gauss_vectors(3, 5, 20, mean=5e4, sd=10)
    yield "04-very-negative", gauss_vectors(4, 5, 20, mean=-5e4, sd=10)
    yield "05-decreasing", case([[100 - 3 * k for k in range(50)]])
    yield "06-increasing", case([[k * 0.7 - 20 for k in range(60)]])
    yield "07-wide-range", gauss_vectors(7, 10, 30, mean=0, sd=3e5)
    yield "08-mixed-scales", case([[1e6, -1e6, 0, 999999.5], [-5e5, -5e5 + 1e-3, -5e5 - 2],
                                   [710, 709, 708, -745, 0]])
    yield "09-many-vectors", gauss_vectors(9, 1000, 100, sd=5)
    yield "10-long-increasing", case([[800 + k * 1e-3 for k in range(100000)]])
    yield "11-long-random", gauss_vectors(11, 1, 200000, mean=300, sd=50)
    yield "12-long-increasing-steps", case([[k * 0.01 - 1000 for k in range(150000)]])


def write(directory, name, text):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.in").write_text(text)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "submissions" / "accepted"))
    answer = subprocess.run([sys.executable, str(ROOT / "include" / "python3" / "main.py")],
                            input=text, capture_output=True, text=True, check=True, env=env)
    (directory / f"{name}.ans").write_text(answer.stdout)


def main():
    for i, text in enumerate(SAMPLES, 1):
        write(ROOT / "data" / "sample", f"{i:02d}", text)
    for name, text in secret_cases():
        write(ROOT / "data" / "secret", name, text)


if __name__ == "__main__":
    main()

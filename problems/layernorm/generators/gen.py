#!/usr/bin/env python3
"""Writes data/sample and data/secret for layernorm; answers come from the python3 accepted
solution run through the harness. Deterministic (one random.Random(seed) per test)."""
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fmt(x):
    return f"{x:.8g}"


def case(eps, gamma, beta, rows):
    lines = [f"{len(rows)} {len(gamma)}", fmt(eps), " ".join(map(fmt, gamma)),
             " ".join(map(fmt, beta))]
    lines += [" ".join(map(fmt, r)) for r in rows]
    return "\n".join(lines) + "\n"


def random_case(seed, rows, width, eps=1e-5, offset=0.0, spread=1.0, affine=True):
    rng = random.Random(seed)
    gamma = [rng.uniform(0.5, 2.0) if affine else 1.0 for _ in range(width)]
    beta = [rng.uniform(-1, 1) if affine else 0.0 for _ in range(width)]
    data = []
    for _ in range(rows):
        centre = offset + rng.uniform(-1, 1) * (offset * 0.01)
        scale = spread * rng.choice([1.0, 0.5, 2.0])
        data.append([centre + rng.gauss(0, scale) for _ in range(width)])
    return case(eps, gamma, beta, data)


SAMPLES = [
    case(1e-5, [1, 1, 1], [0, 0, 0], [[1, 2, 3], [5, 5, 5]]),
    case(0.01, [2, 0.5], [1, -1], [[0, 4], [-3, 1.5], [10, 10.1]]),
]


def secret_cases():
    yield "01-single-feature", case(1e-5, [3], [0.5], [[7], [-2], [0]])
    yield "02-constant-rows", case(1e-3, [1, 2, 3, 4], [0, 1, 0, -1], [[4] * 4, [-9.5] * 4])
    yield "03-tiny-variance", random_case(3, 5, 16, eps=1e-5, spread=1e-3)
    yield "04-variance-near-eps", random_case(4, 5, 32, eps=1e-4, spread=1e-2)
    yield "05-large-eps", random_case(5, 4, 10, eps=1.0)
    yield "06-no-affine", random_case(6, 8, 64, affine=False)
    yield "07-large-offset", random_case(7, 20, 50, offset=1e4, spread=1e-2)
    yield "08-large-offset-wide", random_case(8, 10, 1000, offset=5e3, spread=1e-2, eps=1e-6)
    yield "09-large-values", random_case(9, 10, 100, spread=1e3)
    yield "10-small-random", random_case(10, 3, 5)
    yield "11-medium", random_case(11, 200, 256)
    yield "12-many-rows", random_case(12, 20000, 10)
    yield "13-wide-rows", random_case(13, 2, 100000)
    yield "14-one-wide-row", random_case(14, 1, 100000, offset=1e3, spread=0.1)


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

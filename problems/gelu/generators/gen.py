#!/usr/bin/env python3
"""Writes data/sample and data/secret for gelu; answers come from the python3 accepted solution
run through the harness. Deterministic (one random.Random(seed) per test)."""
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fmt(x):
    return f"{x:.10g}"


def case(xs):
    return f"{len(xs)}\n" + " ".join(map(fmt, xs)) + "\n"


def uniform(seed, n, low, high):
    rng = random.Random(seed)
    return case([rng.uniform(low, high) for _ in range(n)])


SAMPLES = [
    case([0, 1, -1, 2.5, -7]),
    case([0.5, -0.5, 3, -3, 10]),
]


def secret_cases():
    yield "01-zero", case([0])
    yield "02-integers", case(list(range(-10, 11)))
    yield "03-near-zero", uniform(3, 50, -1e-3, 1e-3)
    yield "04-tanh-worst-region", uniform(4, 100, -3.5, -2.0)
    yield "05-positive-knee", uniform(5, 100, 1.5, 3.5)
    yield "06-negative-tail", uniform(6, 100, -12, -4)
    yield "07-huge-magnitudes", case([1000, -1000, 123.456, -37.5, 8.5, -8.5, 40, -40, 1e-300])
    yield "08-standard-normal", case([random.Random(8).gauss(0, 1) for _ in range(1000)])
    yield "09-wide", uniform(9, 1000, -20, 20)
    yield "10-grid", case([k / 100 for k in range(-600, 601)])
    yield "11-large", uniform(11, 200000, -6, 6)
    yield "12-large-normal", case([random.Random(12).gauss(0, 2) for _ in range(200000)])


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

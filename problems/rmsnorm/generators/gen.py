#!/usr/bin/env python3
"""Deterministic test generator for rmsnorm: writes data/sample and data/secret.

Answers come from the accepted Python solution run through the Python harness.
Run from anywhere: python3 generators/gen.py
"""
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def solve(text):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(ROOT / "include/python3/main.py", tmp)
        shutil.copy(ROOT / "submissions/accepted/rmsnorm.py", Path(tmp) / "solution.py")
        run = subprocess.run([sys.executable, "main.py"], cwd=tmp, input=text,
                             capture_output=True, text=True, check=True)
        return run.stdout


def fmt(v):
    return "%.6g" % v


def case(eps, gain, rows):
    lines = [f"{len(rows)} {len(gain)} {fmt(eps)}", " ".join(fmt(g) for g in gain)]
    lines += [" ".join(fmt(v) for v in row) for row in rows]
    return "\n".join(lines) + "\n"


def random_case(rng, n, d, eps, scale=100.0, gain_scale=2.0):
    gain = [round(rng.uniform(-gain_scale, gain_scale), 4) for _ in range(d)]
    # a positive shift keeps the row means away from 0, where LayerNorm would coincide with RMSNorm
    rows = [[round(min(1e4, rng.uniform(-scale, scale) + scale * 0.3), 4) for _ in range(d)]
            for _ in range(n)]
    return case(eps, gain, rows)


def write(directory, name, text):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.in").write_text(text)
    (directory / f"{name}.ans").write_text(solve(text))


def main():
    rng = random.Random(19100746)
    sample = ROOT / "data/sample"
    secret = ROOT / "data/secret"
    for old in list(sample.glob("*.in")) + list(sample.glob("*.ans")) + \
            list(secret.glob("*.in")) + list(secret.glob("*.ans")):
        old.unlink()
    write(sample, "01", case(1e-12, [1, 2], [[3, 4]]))
    write(sample, "02", case(1e-6, [1, 1, 0.5, -1], [[1, 2, 3, 4], [0, 0, 0, 0], [-2, 0.5, 0.25, 10]]))
    tests = [
        case(1e-8, [1.5], [[2], [-3], [0.001], [0]]),                       # d = 1
        case(1e-2, [1, 1, 1], [[1e-3, 2e-3, -1e-3], [0.1, 0.2, 0.3]]),        # eps dominates
        case(0.5, [2, -1, 0.5, 1], [[0, 0, 0, 0], [1, 1, 1, 1], [4, 4, 4, 4.5]]),  # constant rows
        case(1e-12, [1] * 5, [[1e4, -1e4, 1e4, 9999.5, 1e4], [1e-4, 2e-4, 3e-4, 4e-4, 5e-4]]),
        case(1e-5, [1, 2, 3, 4, 5, 6], [[rng.choice([-1, 1]) * 10 ** rng.uniform(-4, 4) for _ in range(6)]
                                        for _ in range(20)]),
        random_case(rng, 10, 16, 1e-6),
        random_case(rng, 50, 64, 1e-5, scale=1.0),
        random_case(rng, 200, 100, 1e-3, scale=0.05),
        random_case(rng, 300, 100, 1e-6, scale=1e3, gain_scale=10.0),
        random_case(rng, 2000, 10, 1e-4, scale=3.0),
        random_case(rng, 100000, 1, 1e-3, scale=1.0),
        random_case(rng, 1, 100000, 1e-6, scale=50.0),
        random_case(rng, 1, 50000, 1e-8, scale=1e4),
        random_case(rng, 2, 20000, 1e-2, scale=0.01),
    ]
    for index, text in enumerate(tests, 1):
        write(secret, f"{index:02d}", text)


main()

#!/usr/bin/env python3
"""Deterministic test generator for alibi: python3 generators/gen.py (answers from the accepted
Python solution)."""
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def solve(text):
    """The expected output: the accepted Python solution, run as the judge would run it."""
    with tempfile.TemporaryDirectory() as tmp:
        if HARNESS:
            shutil.copy(ROOT / "include/python3/main.py", tmp)
            shutil.copy(ROOT / "submissions/accepted" / REFERENCE, Path(tmp) / "solution.py")
            program = "main.py"
        else:
            shutil.copy(ROOT / "submissions/accepted" / REFERENCE, Path(tmp) / "solution.py")
            program = "solution.py"
        run = subprocess.run([sys.executable, program], cwd=tmp, input=text,
                             capture_output=True, text=True, check=True)
        return run.stdout


def write_all(samples, secrets):
    for directory, cases in ((ROOT / "data/sample", samples), (ROOT / "data/secret", secrets)):
        directory.mkdir(parents=True, exist_ok=True)
        for old in list(directory.glob("*.in")) + list(directory.glob("*.ans")):
            old.unlink()
        for index, text in enumerate(cases, 1):
            (directory / f"{index:02d}.in").write_text(text)
            (directory / f"{index:02d}.ans").write_text(solve(text))

HARNESS = False
REFERENCE = "alibi.py"


def case(heads, length, d, mats):
    """mats: per head, (Q, K, V), each a list of L rows of d numbers."""
    lines = [f"{heads} {length} {d}"]
    for q, k, v in mats:
        for m in (q, k, v):
            lines += [" ".join("%.4g" % x for x in row) for row in m]
    return "\n".join(lines) + "\n"


def random_case(rng, heads, length, d, scale=1.0):
    def mat(s):
        return [[max(-100.0, min(100.0, round(rng.gauss(0, s), 3))) for _ in range(d)] for _ in range(length)]
    return case(heads, length, d, [(mat(scale), mat(scale), mat(1.0)) for _ in range(heads)])


def main():
    rng = random.Random(210812409)
    samples = [
        case(1, 2, 1, [([[0], [0]], [[0], [0]], [[1], [3]])]),
        random_case(rng, 2, 3, 2),
    ]
    zeros = [[0.0]] * 64
    secrets = [
        case(8, 64, 1, [(zeros, zeros, [[float(j)] for j in range(64)])] * 8),  # pure bias, 8 heads
        case(16, 32, 1, [(zeros[:32], zeros[:32], [[float(j)] for j in range(32)])] * 16),
        case(64, 4, 1, [([[0]] * 4, [[0]] * 4, [[1], [2], [3], [4]])] * 64),
        case(1, 1, 3, [([[100, 100, 100]], [[100, 100, 100]], [[1, -2, 3]])]),   # L = 1
        random_case(rng, 4, 16, 8, scale=30.0),                                    # scores in the thousands
        random_case(rng, 2, 50, 4),
        random_case(rng, 32, 10, 16, scale=0.3),
        random_case(rng, 8, 100, 8),
        random_case(rng, 1, 256, 15, scale=2.0),
        random_case(rng, 16, 40, 32, scale=5.0),
        random_case(rng, 4, 128, 8, scale=10.0),
    ]
    write_all(samples, secrets)


main()

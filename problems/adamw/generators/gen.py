#!/usr/bin/env python3
"""Deterministic test generator for adamw: python3 generators/gen.py (answers from the
accepted Python solution through the harness)."""
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

HARNESS = True
REFERENCE = "adamw.py"


def fmt(v):
    return "%.6g" % v


def case(steps, hyper, a, c, theta):
    lines = [f"{len(a)} {steps}", " ".join(fmt(h) for h in hyper)]
    lines += [" ".join(fmt(x) for x in vec) for vec in (a, c, theta)]
    return "\n".join(lines) + "\n"


def random_case(rng, d, steps, hyper, zero_fraction=0.0):
    a = [0.0 if rng.random() < zero_fraction else round(rng.uniform(0.01, 10), 3) for _ in range(d)]
    c = [round(rng.uniform(-5, 5), 3) for _ in range(d)]
    theta = [round(rng.uniform(-5, 5), 3) for _ in range(d)]
    return case(steps, hyper, a, c, theta)


def main():
    rng = random.Random(171105101)
    samples = [
        case(1, [0.1, 0.9, 0.999, 1e-8, 0.1, 1], [1, 0], [0, 2], [1, 3]),
        case(5, [0.05, 0.9, 0.999, 1e-8, 0.01, 1], [2, 0.5, 1], [1, -1, 0], [0, 0, 4]),
    ]
    secrets = [
        case(1, [0.001, 0.9, 0.999, 1e-8, 0, 1], [1], [0], [1]),            # no decay at all
        case(10, [0.1, 0, 0, 1e-8, 0.05, 1], [1, 3], [2, -2], [0, 0]),      # beta = 0: sign-like steps
        case(100, [0.01, 0.9, 0.999, 1e-8, 0.2, 0.5], [0, 0, 0], [1, 2, 3], [10, -20, 30]),  # pure decay
        case(50, [0.5, 0.5, 0.9, 1e-2, 0.1, 0.25], [100, 0.01, 1], [-100, 100, 0], [100, -100, 50]),
        random_case(rng, 10, 20, [0.01, 0.9, 0.999, 1e-8, 0.01, 1]),
        random_case(rng, 50, 200, [0.003, 0.9, 0.999, 1e-8, 0.05, 1], zero_fraction=0.2),
        random_case(rng, 100, 100, [0.01, 0.8, 0.99, 1e-6, 0.1, 0.3]),
        random_case(rng, 5, 1000, [0.001, 0.9, 0.9999, 1e-8, 0.001, 1]),
        random_case(rng, 1000, 20, [0.05, 0.95, 0.999, 1e-7, 0.02, 0.8]),
        random_case(rng, 2000, 100, [0.002, 0.9, 0.999, 1e-8, 0.01, 1], zero_fraction=0.1),
        random_case(rng, 1, 200000, [0.0001, 0.9, 0.999, 1e-8, 0.0005, 1]),
        random_case(rng, 50000, 1, [0.01, 0.9, 0.999, 1e-8, 0.1, 1]),
        random_case(rng, 400, 500, [0.001, 0.99, 0.9999, 1e-8, 0.002, 1]),
    ]
    write_all(samples, secrets)


main()

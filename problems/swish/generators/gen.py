#!/usr/bin/env python3
"""Deterministic test generator for swish: python3 generators/gen.py (answers from the accepted
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
REFERENCE = "swish.py"


def case(queries):
    return f"{len(queries)}\n" + "".join("%.6g %.6g\n" % q for q in queries)


def random_case(rng, n, beta_range, x_scale):
    queries = []
    for _ in range(n):
        beta = round(rng.uniform(*beta_range), 4)
        x = max(-1e4, min(1e4, round(rng.gauss(0, x_scale), 4)))
        queries.append((beta, x))
    return case(queries)


def main():
    rng = random.Random(171005941)
    samples = [
        case([(1, 1), (2, -1), (0, 3)]),
        case([(1, -800), (1, 800), (10, -1e4), (0.5, -2.5)]),
    ]
    secrets = [
        case([(0, x) for x in (-1e4, -1, 0, 1, 1e4)]),                 # beta = 0: x / 2 and 1/2
        case([(b, 0) for b in (0, 0.5, 1, 10)]),                        # x = 0
        case([(10, 1e4), (10, -1e4), (1e-4, 1e4), (1e-4, -1e4)]),      # extremes
        case([(1, -1.2785), (1.702, -0.75), (2, -0.6392)]),            # near the minimum of f
        case([(1, 709.8), (1, -709.8), (1, 745.2), (1, -745.2), (3, -300)]),
        random_case(rng, 100, (0, 3), 3),
        random_case(rng, 1000, (0.5, 1.5), 10),
        random_case(rng, 10000, (0, 10), 100),
        random_case(rng, 100000, (0, 10), 2000),
        random_case(rng, 50000, (0.9, 1.1), 1),
    ]
    write_all(samples, secrets)


main()

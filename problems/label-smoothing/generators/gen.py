#!/usr/bin/env python3
"""Deterministic test generator for label-smoothing: python3 generators/gen.py (answers from
the accepted Python solution through the harness)."""
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
REFERENCE = "smoothing.py"


def case(epsilon, rows):
    k = len(rows[0][1])
    lines = [f"{len(rows)} {k} {epsilon:g}"]
    lines += [f"{y} " + " ".join("%.6g" % v for v in z) for y, z in rows]
    return "\n".join(lines) + "\n"


def random_case(rng, n, k, epsilon, scale=3.0, confident=0.0):
    rows = []
    for _ in range(n):
        y = rng.randrange(k)
        z = [round(rng.gauss(0, scale), 4) for _ in range(k)]
        if rng.random() < confident:  # an over-confident network: one huge logit
            z[rng.randrange(k)] = round(rng.uniform(200, 1000), 3)
        rows.append((y, [max(-1000.0, min(1000.0, v)) for v in z]))
    return case(epsilon, rows)


def main():
    rng = random.Random(151200567)
    samples = [
        case(0.2, [(0, [2, 0])]),
        case(0.1, [(1, [800, 799, -800]), (2, [0.5, 0.25, 0.125])]),
    ]
    secrets = [
        case(0, [(0, [0, 0]), (1, [1, 2])]),                       # eps = 0: plain cross-entropy
        case(1, [(0, [5, -5, 0]), (2, [1, 1, 1])]),                # eps = 1: uniform target
        case(0.1, [(0, [1000, -1000]), (1, [1000, -1000])]),      # saturated, right and wrong
        case(0.1, [(3, [-1000, -1000, -1000, -1000])]),            # all logits very negative
        case(0.3, [(0, [7] * 10), (9, [0] * 9 + [20])]),
        random_case(rng, 10, 3, 0.1),
        random_case(rng, 100, 10, 0.1, confident=0.2),
        random_case(rng, 100, 1000, 0.1, scale=5.0),
        random_case(rng, 1000, 100, 0.05, confident=0.5),
        random_case(rng, 40000, 2, 0.2, scale=10.0),
        random_case(rng, 20, 10000, 0.1, confident=1.0),
        random_case(rng, 2000, 100, 0.9, scale=100.0),
    ]
    write_all(samples, secrets)


main()

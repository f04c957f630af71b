#!/usr/bin/env python3
"""Deterministic test generator for focal-loss: python3 generators/gen.py (answers from the
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
REFERENCE = "focal.py"


def case(alpha, gamma, logits, labels):
    return (f"{len(logits)} {alpha:g} {gamma:g}\n" + " ".join("%.6g" % x for x in logits) + "\n"
            + " ".join(str(y) for y in labels) + "\n")


def detector_case(rng, n, alpha, gamma, positive_rate, spread=4.0, extreme=0.0):
    """Mostly easy negatives with low logits, a few positives, some hard or extreme anchors."""
    logits, labels = [], []
    for _ in range(n):
        y = 1 if rng.random() < positive_rate else 0
        x = rng.gauss(2.0 if y else -4.0, spread)
        if rng.random() < extreme:
            x = rng.choice([-1, 1]) * rng.uniform(30, 100)
        logits.append(max(-100.0, min(100.0, round(x, 4))))
        labels.append(y)
    return case(alpha, gamma, logits, labels)


def main():
    rng = random.Random(170802002)
    samples = [
        case(0.25, 2, [2.1972, 2.1972], [1, 0]),
        case(0.25, 2, [0, -3, 40, -100], [1, 0, 0, 1]),
    ]
    secrets = [
        case(0.5, 0, [0], [1]),                                 # gamma = 0: half cross-entropy
        case(0.25, 2, [-5, -6, -7], [0, 0, 0]),                 # no positives: divide by 1
        case(0.25, 2, [100, -100, 100, -100], [1, 0, 0, 1]),    # saturated logits, both ways
        case(1, 5, [3, -3, 60], [1, 1, 0]),                     # alpha = 1: negatives weigh 0
        case(0, 0.5, [3, -3, -60], [1, 0, 1]),                  # alpha = 0
        case(0.25, 2, [1e-4, -1e-4, 36.5, 37.5, -36.5], [1, 0, 0, 0, 1]),
        detector_case(rng, 100, 0.25, 2, 0.1),
        detector_case(rng, 1000, 0.25, 2, 0.01, extreme=0.05),
        detector_case(rng, 5000, 0.75, 1, 0.3, spread=8),
        detector_case(rng, 20000, 0.25, 5, 0.001),
        detector_case(rng, 200000, 0.25, 2, 0.01, extreme=0.01),
        detector_case(rng, 200000, 0.4, 0.5, 0.2, spread=20),
        detector_case(rng, 50000, 0.9, 3.5, 0.5, extreme=0.3),
    ]
    write_all(samples, secrets)


main()

#!/usr/bin/env python3
"""Deterministic test generator for conformal: python3 generators/gen.py (answers from the
accepted Python solution)."""
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
import math
from fractions import Fraction

HARNESS = False
REFERENCE = "conformal.py"


def softmax_units(rng, k, y, sharpness):
    """A noisy classifier's probabilities for true class y, in integer units of 1e-6."""
    logits = [rng.gauss(0, 1) for _ in range(k)]
    if rng.random() < 0.8:  # right most of the time
        logits[y] += sharpness * rng.random()
    top = max(logits)
    weights = [math.exp(v - top) for v in logits]
    total = sum(weights)
    return [min(10**6, round(w / total * 10**6)) for w in weights]


def with_parity(units, parity):
    """Nudge each value to the given parity, so test and calibration probabilities never tie."""
    return [u if u % 2 == parity else (u - 1 if u > 0 else u + 1) for u in units]


def text_of(u):
    return f"{u // 10**6}.{u % 10**6:06d}"


def case(alpha, cal, test):
    """cal: list of (y, units); test: list of units. Calibration true-class values are even,
    test values odd, so no test probability can equal 1 - q (a calibration value)."""
    n, m, k = len(cal), len(test), len(test[0])
    level = (n + 1) * (1 - Fraction(alpha))
    assert level.denominator != 1 and Fraction(1, n + 1) <= Fraction(alpha) < 1
    lines = [f"{n} {m} {k} {alpha}"]
    lines += [f"{y} " + " ".join(text_of(u) for u in units) for y, units in cal]
    lines += [" ".join(text_of(u) for u in units) for units in test]
    return "\n".join(lines) + "\n"


def random_case(rng, n, m, k, alpha, sharpness=4.0):
    cal = []
    for _ in range(n):
        y = rng.randrange(k)
        units = softmax_units(rng, k, y, sharpness)
        units[y] = with_parity([units[y]], 0)[0]
        cal.append((y, units))
    test = [with_parity(softmax_units(rng, k, rng.randrange(k), sharpness), 1) for _ in range(m)]
    return case(alpha, cal, test)


def main():
    rng = random.Random(210707511)
    samples = [
        case("0.3", [(0, [900000, 100000]), (1, [400000, 600000]), (0, [800000, 200000]),
                     (1, [700000, 300000])], [[550001, 449999], [250001, 749999], [999999, 1]]),
        random_case(rng, 20, 5, 3, "0.1"),
    ]
    secrets = [
        case("0.6", [(0, [500000, 500000])], [[500001, 499999], [499999, 500001]]),  # n = 1
        case("0.9999", [(0, [1000000, 0]), (1, [0, 1000000])], [[1, 999999]]),      # q = 0: empty set
        case("0.01", [(0, [2 * i, 10**6 - 2 * i]) for i in range(100)],          # k = n: largest score
             [[1, 999999], [999999, 1], [101, 999899]]),
        random_case(rng, 100, 50, 10, "0.1"),
        random_case(rng, 500, 100, 4, "0.05", sharpness=2.0),
        random_case(rng, 1000, 1000, 10, "0.2"),
        random_case(rng, 999, 200, 100, "0.1234", sharpness=8.0),
        random_case(rng, 5000, 500, 20, "0.01"),
        random_case(rng, 100000, 1000, 2, "0.1"),
        random_case(rng, 20000, 2000, 3, "0.0501"),
        random_case(rng, 10000, 10000, 5, "0.3"),
    ]
    write_all(samples, secrets)


main()

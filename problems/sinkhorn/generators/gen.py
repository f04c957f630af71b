#!/usr/bin/env python3
"""Writes data/sample and data/secret for sinkhorn; answers come from the python3 accepted
solution. Deterministic (one random.Random(seed) per test)."""
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fmt(x):
    return f"{x:.6g}"


def histogram(rng, size, peaked=False):
    """Positive masses in millionths that add up to exactly 1."""
    weights = [rng.random() ** (6 if peaked else 1) + 1e-9 for _ in range(size)]
    total = sum(weights)
    units = [max(1, int(w / total * 10**6)) for w in weights]
    units[units.index(max(units))] += 10**6 - sum(units)
    return [u / 10**6 for u in units]


def case(iters, lam, r, c, M):
    lines = [f"{len(r)} {len(c)} {iters} {fmt(lam)}", " ".join(map(fmt, r)), " ".join(map(fmt, c))]
    lines += [" ".join(map(fmt, row)) for row in M]
    return "\n".join(lines) + "\n"


def random_case(seed, n, m, iters, lam, dim=2, scale=1.0, peaked=False, power=2):
    rng = random.Random(seed)
    xs = [[rng.uniform(0, scale) for _ in range(dim)] for _ in range(n)]
    ys = [[rng.uniform(0, scale) for _ in range(dim)] for _ in range(m)]
    M = [[sum((a - b) ** 2 for a, b in zip(x, y)) ** (power / 2) for y in ys] for x in xs]
    top = max(max(row) for row in M)
    if lam * top > 50:  # keep lambda * M <= 50 so that K = exp(-lambda M) never underflows
        M = [[v * 50 / (lam * top) for v in row] for row in M]
    M = [[float(fmt(v)) for v in row] for row in M]
    M = [[min(v, 50 / lam) for v in row] for row in M]
    return case(iters, lam, histogram(rng, n, peaked), histogram(rng, m, peaked), M)


SAMPLES = [
    case(10, 1, [0.5, 0.5], [0.5, 0.5], [[0, 1], [1, 0]]),
    case(5, 2, [0.2, 0.3, 0.5], [0.6, 0.4], [[0, 1], [1, 0], [2, 0.5]]),
]


def secret_cases():
    yield "01-single-cell", case(3, 1, [1], [1], [[2.5]])
    yield "02-one-iteration", random_case(2, 4, 4, 1, 1.0)
    yield "03-zero-diagonal", case(50, 20, [0.25] * 4, [0.25] * 4,
                                  [[abs(i - j) * 0.5 for j in range(4)] for i in range(4)])
    yield "04-rectangular", random_case(4, 5, 8, 100, 3.0)
    yield "05-weak-regularization-small-lambda", random_case(5, 6, 6, 20, 0.01)
    yield "06-extreme-lambda", random_case(6, 10, 12, 300, 50.0, scale=1.0)
    yield "07-peaked-histograms", random_case(7, 12, 9, 200, 5.0, peaked=True)
    yield "08-one-dimensional-l1", random_case(8, 30, 30, 500, 10.0, dim=1, power=1)
    yield "09-medium", random_case(9, 60, 80, 200, 4.0)
    yield "10-large-square", random_case(10, 200, 200, 50, 2.0)
    yield "11-large-rectangular", random_case(11, 100, 200, 100, 8.0, dim=3)


def write(directory, name, text):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.in").write_text(text)
    answer = subprocess.run([sys.executable, str(ROOT / "submissions" / "accepted" / "sinkhorn.py")],
                            input=text, capture_output=True, text=True, check=True)
    (directory / f"{name}.ans").write_text(answer.stdout)


def main():
    for i, text in enumerate(SAMPLES, 1):
        write(ROOT / "data" / "sample", f"{i:02d}", text)
    for name, text in secret_cases():
        write(ROOT / "data" / "secret", name, text)


if __name__ == "__main__":
    main()

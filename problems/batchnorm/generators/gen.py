#!/usr/bin/env python3
"""Writes data/sample and data/secret for batchnorm; answers come from the python3 accepted
solution. Deterministic (one random.Random(seed) per test)."""
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fmt(x):
    return f"{x:.7g}"


def case(eps, gamma, beta, batches, tests):
    k, m, c = len(batches), len(batches[0]), len(gamma)
    lines = [f"{k} {m} {c} {fmt(eps)}", " ".join(map(fmt, gamma)), " ".join(map(fmt, beta))]
    for batch in batches:
        lines += [" ".join(map(fmt, row)) for row in batch]
    lines.append(str(len(tests)))
    lines += [" ".join(map(fmt, row)) for row in tests]
    return "\n".join(lines) + "\n"


def random_case(seed, k, m, c, t, eps=1e-5, offset=0.0, spread=1.0, drift=0.0, affine=True):
    rng = random.Random(seed)
    gamma = [rng.uniform(-2, 3) if affine else 1.0 for _ in range(c)]
    beta = [rng.uniform(-1, 1) if affine else 0.0 for _ in range(c)]
    centres = [offset + rng.uniform(-1, 1) * spread for _ in range(c)]
    batches = []
    for b in range(k):
        shift = drift * b
        batches.append([[centres[j] + shift + rng.gauss(0, spread) for j in range(c)]
                        for _ in range(m)])
    tests = [[centres[j] + rng.gauss(0, 2 * spread) for j in range(c)] for _ in range(t)]
    return case(eps, gamma, beta, batches, tests)


SAMPLES = [
    case(1e-5, [1], [0], [[[1], [3]], [[5], [9]]], [[4]]),
    case(0.001, [2, 0.5], [0, 1], [[[1, 10], [2, 20], [3, 60]]], [[2, 30], [0, 0]]),
]


def secret_cases():
    yield "01-minimal", case(1e-5, [1.5], [-0.5], [[[2], [4]]], [[3], [10]])
    yield "02-constant-channel", case(1e-3, [1, 2], [0.5, -1], [[[7, 1], [7, 2], [7, 3]],
                                                                [[7, 0], [7, 5], [7, 1]]], [[7, 2], [8, 0]])
    yield "03-small-random", random_case(3, 3, 4, 3, 3)
    yield "04-large-offset", random_case(4, 4, 16, 5, 5, offset=1000.0, spread=0.5)
    yield "05-pairs", random_case(5, 100, 2, 4, 10)
    yield "06-drifting-batches", random_case(6, 10, 32, 6, 8, drift=0.7)
    yield "07-no-affine", random_case(7, 5, 10, 8, 4, affine=False, eps=1e-12)
    yield "08-large-eps", random_case(8, 6, 8, 4, 4, eps=1.0, spread=0.3)
    yield "09-tall-batches", random_case(9, 2, 2000, 50, 10)
    yield "10-many-batches", random_case(10, 100, 64, 30, 20, drift=0.01)
    yield "11-wide", random_case(11, 1, 4, 5000, 2, spread=100.0)


def write(directory, name, text):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.in").write_text(text)
    answer = subprocess.run([sys.executable, str(ROOT / "submissions" / "accepted" / "batchnorm.py")],
                            input=text, capture_output=True, text=True, check=True)
    (directory / f"{name}.ans").write_text(answer.stdout)


def main():
    for i, text in enumerate(SAMPLES, 1):
        write(ROOT / "data" / "sample", f"{i:02d}", text)
    for name, text in secret_cases():
        write(ROOT / "data" / "secret", name, text)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes data/sample and data/secret for adam; answers come from the python3 accepted solution.

Deterministic: every test has its own random.Random(seed). Run from anywhere:
    python3 problems/adam/generators/gen.py
"""
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fmt(x):
    return f"{x:.6g}"


def case(n, steps, lr, b1, b2, eps, params, grads):
    lines = [f"{n} {steps}", f"{fmt(lr)} {fmt(b1)} {fmt(b2)} {fmt(eps)}"]
    lines.append(" ".join(fmt(p) for p in params))
    lines += [" ".join(fmt(g) for g in row) for row in grads]
    return "\n".join(lines) + "\n"


def random_case(seed, n, steps, lr=None, b1=None, b2=None, eps=None, gscale=1.0, sparse=0.0,
                drift=0.0):
    rng = random.Random(seed)
    lr = lr if lr is not None else rng.choice([0.001, 0.01, 0.05, 0.1])
    b1 = b1 if b1 is not None else rng.choice([0.9, 0.8, 0.5, 0.95])
    b2 = b2 if b2 is not None else rng.choice([0.999, 0.99, 0.9999, 0.95])
    eps = eps if eps is not None else rng.choice([1e-8, 1e-6, 1e-3])
    params = [rng.uniform(-10, 10) for _ in range(n)]
    offsets = [rng.uniform(-drift, drift) for _ in range(n)]
    grads = []
    for _ in range(steps):
        row = []
        for i in range(n):
            g = 0.0 if rng.random() < sparse else rng.gauss(offsets[i], 1.0) * gscale
            row.append(max(-1000.0, min(1000.0, g)))
        grads.append(row)
    return case(n, steps, lr, b1, b2, eps, params, grads)


SAMPLES = [
    case(3, 2, 0.1, 0.9, 0.999, 1e-8, [1, 2, 3], [[0.5, -1, 0], [0.5, -1, 2]]),
    case(2, 3, 0.01, 0.0, 0.9, 1e-6, [0, 5], [[1, -2], [3, 0], [-1, 4]]),
]


def secret_cases():
    yield "01-one-step", case(1, 1, 0.001, 0.9, 0.999, 1e-8, [0.25], [[3.5]])
    yield "02-zero-gradients", case(4, 5, 0.1, 0.9, 0.999, 1e-8, [1, -1, 2, -2],
                                    [[0, 0, 0, 0]] * 5)
    yield "03-beta1-zero", random_case(3, 5, 20, b1=0.0)
    yield "04-large-eps", random_case(4, 8, 30, eps=1e-3, gscale=1e-3)
    yield "05-tiny-gradients", random_case(5, 6, 50, eps=1e-8, gscale=1e-6)
    yield "06-huge-gradients", random_case(6, 6, 40, gscale=300.0)
    yield "07-sparse", random_case(7, 50, 100, sparse=0.9)
    yield "08-beta2-9999", random_case(8, 20, 200, b2=0.9999)
    yield "09-drift", random_case(9, 30, 300, drift=2.0, lr=0.05)
    yield "10-small-random", random_case(10, 10, 10)
    yield "11-medium", random_case(11, 100, 500)
    yield "12-wide", random_case(12, 1000, 200, sparse=0.3)
    yield "13-long", random_case(13, 200, 1000, b2=0.999, drift=1.0)
    yield "14-long-sparse", random_case(14, 200, 1000, sparse=0.95, b2=0.9999)
    yield "15-random", random_case(15, 7, 77)


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

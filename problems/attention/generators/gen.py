#!/usr/bin/env python3
"""Writes data/sample and data/secret for attention; answers come from the python3 accepted
solution run through the harness. Deterministic (one random.Random(seed) per test)."""
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fmt(x):
    return f"{x:.6g}"


def case(q, k, v, causal):
    n, m, d, dv = len(q), len(k), len(q[0]), len(v[0])
    lines = [f"{n} {m} {d} {dv} {int(causal)}"]
    lines += [" ".join(map(fmt, row)) for row in q + k + v]
    return "\n".join(lines) + "\n"


def random_case(seed, n, m, d, dv, causal, scale=1.0):
    rng = random.Random(seed)

    def mat(rows, cols, s):
        return [[max(-100.0, min(100.0, rng.gauss(0, s))) for _ in range(cols)] for _ in range(rows)]

    return case(mat(n, d, scale), mat(m, d, scale), mat(m, dv, 1.0), causal)


SAMPLES = [
    case([[1, 0], [0, 1]], [[1, 0], [0, 1]], [[1], [2]], True),
    case([[1, 2]], [[0, 1], [1, 0], [1, 1]], [[1, 0], [0, 1], [0.5, 0.5]], False),
]


def secret_cases():
    yield "01-single", case([[3]], [[-2]], [[7.5, -1]], False)
    yield "02-single-causal", case([[3]], [[-2]], [[7.5, -1]], True)
    yield "03-tied-keys", case([[1, 1], [2, -1]], [[1, 0]] * 4, [[1], [2], [3], [4]], False)
    yield "04-more-keys", random_case(4, 3, 5, 4, 2, False)
    yield "05-causal-small", random_case(5, 10, 10, 4, 3, True)
    yield "06-d1", random_case(6, 8, 12, 1, 1, False, scale=3.0)
    yield "07-huge-scores", random_case(7, 20, 30, 64, 8, False, scale=25.0)
    yield "08-huge-scores-causal", random_case(8, 30, 30, 64, 8, True, scale=25.0)
    yield "09-peaked", case([[50, 0]], [[1, 0], [0.9, 0], [-1, 0]], [[1], [2], [3]], False)
    yield "10-medium-causal", random_case(10, 100, 100, 16, 16, True)
    yield "11-medium", random_case(11, 60, 90, 32, 8, False, scale=2.0)
    yield "12-large-causal", random_case(12, 180, 180, 32, 16, True)
    yield "13-large", random_case(13, 100, 300, 24, 24, False)
    yield "14-large-huge-scores", random_case(14, 150, 150, 64, 24, True, scale=25.0)


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

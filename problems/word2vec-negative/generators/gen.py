#!/usr/bin/env python3
"""Deterministic test generator for word2vec-negative: python3 generators/gen.py (answers from
the accepted Python solution)."""
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
REFERENCE = "sgns.py"


def pair(eta, v_in, v_out, negatives):
    lines = [f"{len(v_in)} {len(negatives)} {eta:g}"]
    lines += [" ".join("%.5g" % x for x in v) for v in [v_in, v_out] + negatives]
    return lines


def case(pairs):
    return "\n".join([str(len(pairs))] + [line for p in pairs for line in p]) + "\n"


def random_pair(rng, d, k, eta, scale):
    vec = lambda: [max(-10.0, min(10.0, round(rng.gauss(0, scale), 4))) for _ in range(d)]
    return pair(eta, vec(), vec(), [vec() for _ in range(k)])


def main():
    rng = random.Random(13104546)
    samples = [
        case([pair(0.5, [1], [0], [[0]])]),
        case([random_pair(rng, 4, 2, 0.025, 0.5), pair(0.1, [10, 10], [-10, -10], [[10, 10]])]),
    ]
    secrets = [
        case([pair(1, [0, 0, 0], [1, 2, 3], [[4, 5, 6]])]),                     # v_I = 0
        case([pair(0.025, [10] * 300, [10] * 300, [[-10] * 300] * 20)]),        # saturated: J ~ 0
        case([pair(0.025, [10] * 300, [-10] * 300, [[10] * 300] * 20)]),        # scores -3e4 and 3e4
        case([random_pair(rng, 1, 1, 1, 3) for _ in range(100)]),
        case([random_pair(rng, 10, 5, 0.025, 0.3) for _ in range(50)]),
        case([random_pair(rng, 100, 5, 0.1, 0.5) for _ in range(30)]),
        case([random_pair(rng, 300, 20, 0.5, 1.0) for _ in range(10)]),
        case([random_pair(rng, 50, 15, 0.01, 3.0) for _ in range(40)]),
        case([random_pair(rng, 300, 10, 1, 5.0) for _ in range(20)]),
        case([random_pair(rng, 3, 1, 0.2, 1.0) for _ in range(5000)]),
    ]
    write_all(samples, secrets)


main()

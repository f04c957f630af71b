#!/usr/bin/env python3
"""Deterministic test generator for sgdr: python3 generators/gen.py (answers from the accepted
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
REFERENCE = "sgdr.py"
BIG = 10**18


def case(eta_min, eta_max, t0, t_mult, steps):
    return f"{eta_min:g} {eta_max:g} {t0} {t_mult} {len(steps)}\n" + "".join(f"{t}\n" for t in steps)


def restarts(t0, t_mult):
    """The first steps of every run up to 10^18."""
    out, start, length = [], 0, t0
    while start <= BIG:
        out.append(start)
        start += length
        length *= t_mult
        if t_mult == 1 and len(out) > 50:
            break
    return out


def around_restarts(rng, t0, t_mult, count):
    steps = []
    for s in restarts(t0, t_mult):
        steps += [v for v in (s - 1, s, s + 1) if 0 <= v <= BIG]
    rng.shuffle(steps)
    return steps[:count]


def main():
    rng = random.Random(160803983)
    samples = [
        case(0, 1, 2, 2, list(range(15))),
        case(0.001, 0.1, 10, 1, [0, 5, 9, 10, 25, 10**18]),
    ]
    secrets = [
        case(0, 1, 1, 1, [0, 1, 2, 10**18]),                      # T0 = 1, no multiplier: always max
        case(0.5, 0.5, 7, 3, [0, 3, 10**18]),                      # eta_min = eta_max
        case(0, 1, 1, 3, around_restarts(rng, 1, 3, 10**5)),       # restarts of a T_mult = 3 schedule
        case(0.0001, 0.05, 1, 2, around_restarts(rng, 1, 2, 200) + [10**18, 2**59 - 2, 2**59 - 1]),
        case(0, 2, 10**18, 100, [0, 1, 5 * 10**17, 10**18 - 1, 10**18]),  # one huge run
        case(0, 1, 999999999999999989, 1, [10**18, 999999999999999988, 999999999999999989]),
        case(0.01, 0.1, 3, 100, around_restarts(rng, 3, 100, 50) + [rng.randrange(BIG) for _ in range(50)]),
        case(0, 10, 1000, 2, [rng.randrange(BIG) for _ in range(1000)]),
        case(0.1, 1, 123456789, 7, [rng.randrange(BIG) for _ in range(10**5)]),
        case(0, 0.1, 50, 1, [rng.randrange(BIG) for _ in range(20000)]),
        case(1e-05, 3, 5, 2, [rng.randrange(10**6) for _ in range(10**4)]),
    ]
    write_all(samples, secrets)


main()

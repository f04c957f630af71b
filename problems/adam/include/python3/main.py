"""Harness for the adam problem: reads the input, calls your adam_step T times, prints the result.

Your file is saved as solution.py next to this one and must define adam_step.
"""
import sys

from solution import adam_step


def main():
    data = sys.stdin.buffer.read().split()
    n, steps = int(data[0]), int(data[1])
    lr, beta1, beta2, eps = (float(x) for x in data[2:6])
    pos = 6
    params = [float(x) for x in data[pos:pos + n]]
    pos += n
    state = {"t": 0, "m": [0.0] * n, "v": [0.0] * n}
    for _ in range(steps):
        grads = [float(x) for x in data[pos:pos + n]]
        pos += n
        params = [float(p) for p in adam_step(params, grads, state, lr, beta1, beta2, eps)]
    sys.stdout.write(" ".join(repr(p) for p in params) + "\n")


main()

"""Harness for layernorm: reads the input, calls your layer_norm on every row, prints the rows.

Your file is saved as solution.py next to this one and must define layer_norm.
"""
import sys

from solution import layer_norm


def main():
    data = sys.stdin.buffer.read().split()
    rows, width = int(data[0]), int(data[1])
    eps = float(data[2])
    pos = 3
    gamma = [float(x) for x in data[pos:pos + width]]
    pos += width
    beta = [float(x) for x in data[pos:pos + width]]
    pos += width
    out = []
    for _ in range(rows):
        x = [float(v) for v in data[pos:pos + width]]
        pos += width
        out.append(" ".join(repr(float(y)) for y in layer_norm(x, gamma, beta, eps)))
    sys.stdout.write("\n".join(out) + "\n")


main()

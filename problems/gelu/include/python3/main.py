"""Harness for gelu: reads n numbers, calls your gelu on each, prints the results on one line.

Your file is saved as solution.py next to this one and must define gelu.
"""
import sys

from solution import gelu


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    xs = [float(v) for v in data[1:1 + n]]
    sys.stdout.write(" ".join(repr(float(gelu(x))) for x in xs) + "\n")


main()

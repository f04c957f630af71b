"""Harness for online-softmax: reads q vectors, calls your online_softmax on each, prints them.

Your file is saved as solution.py next to this one and must define online_softmax.
"""
import sys

from solution import online_softmax


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    pos = 1
    out = []
    for _ in range(q):
        n = int(data[pos])
        x = [float(v) for v in data[pos + 1:pos + 1 + n]]
        pos += 1 + n
        out.append(" ".join(repr(float(y)) for y in online_softmax(x)))
    sys.stdout.write("\n".join(out) + "\n")


main()

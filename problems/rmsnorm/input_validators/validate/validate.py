#!/usr/bin/env python3
# Input validator for rmsnorm: exit 42 if stdin is a valid test input, 43 otherwise.
import re
import sys

INT = re.compile(r"0|[1-9][0-9]*")
REAL = re.compile(r"[+-]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(43)


def ints(line, count):
    tokens = line.split(" ")
    if len(tokens) != count or not all(INT.fullmatch(t) for t in tokens):
        fail(f"expected {count} integers: {line[:80]!r}")
    return [int(t) for t in tokens]


def reals(line, count, bound):
    tokens = line.split(" ")
    if len(tokens) != count or not all(REAL.fullmatch(t) for t in tokens):
        fail(f"expected {count} reals: {line[:80]!r}")
    values = [float(t) for t in tokens]
    if any(abs(v) > bound for v in values):
        fail(f"a value exceeds {bound}")
    return values


def main():
    text = sys.stdin.read()
    if not text.endswith("\n"):
        fail("the input must end with a newline")
    lines = text[:-1].split("\n")
    head = lines[0].split(" ")
    if len(head) != 3:
        fail("first line: n d eps")
    n, d = ints(" ".join(head[:2]), 2)
    (eps,) = reals(head[2], 1, 1.0)
    if not (1 <= n and 1 <= d <= 10**5 and n * d <= 2 * 10**5):
        fail("n, d out of range")
    if not (1e-12 <= eps <= 1):
        fail("eps out of range")
    if len(lines) != n + 2:
        fail(f"expected {n + 2} lines, got {len(lines)}")
    reals(lines[1], d, 10.0)
    for line in lines[2:]:
        reals(line, d, 1e4)
    sys.exit(42)


main()

#!/usr/bin/env python3
"""Input validator for sinkhorn: exit 42 if stdin is a valid input, 43 otherwise."""
import math
import re
import sys

INT = re.compile(r"-?(0|[1-9][0-9]*)\Z")
REAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?([eE][-+]?[0-9]+)?\Z")  # no trailing zeros


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(43)


def read_lines():
    text = sys.stdin.read()
    if not text.endswith("\n"):
        fail("input must end with a newline")
    return text[:-1].split("\n")


def line_tokens(lines, index, count=None):
    if index >= len(lines):
        fail(f"line {index + 1}: missing")
    tokens = lines[index].split(" ")
    if count is not None and len(tokens) != count:
        fail(f"line {index + 1}: expected {count} tokens, got {len(tokens)}")
    return tokens


def integer(token, low, high):
    if not INT.match(token) or not low <= int(token) <= high:
        fail(f"bad integer {token!r} (want {low}..{high})")
    return int(token)


def real(token, low, high):
    if not REAL.match(token):
        fail(f"bad number {token!r}")
    value = float(token)
    if not math.isfinite(value) or not low <= value <= high:
        fail(f"number {token!r} out of range [{low}, {high}]")
    return value


def no_more(lines, count):
    if len(lines) != count:
        fail(f"expected exactly {count} lines, got {len(lines)}")


def main():
    lines = read_lines()
    head = line_tokens(lines, 0, 4)
    n, m = integer(head[0], 1, 200), integer(head[1], 1, 200)
    iters = integer(head[2], 1, 10000)
    lam = real(head[3], 0, 100)
    if lam <= 0:
        fail("lambda must be positive")
    if n * m * iters > 2000000:
        fail("n * m * L exceeds 2e6")
    for index, size in ((1, n), (2, m)):
        masses = [real(t, 1e-6, 1) for t in line_tokens(lines, index, size)]
        if abs(sum(masses) - 1) > 1e-6:
            fail(f"line {index + 1}: the masses must add up to 1")
    for index in range(3, 3 + n):
        for token in line_tokens(lines, index, m):
            if lam * real(token, 0, 1e6) > 50 * (1 + 1e-12):
                fail("lambda * M_ij exceeds 50")
    no_more(lines, 3 + n)
    sys.exit(42)


main()

#!/usr/bin/env python3
"""Input validator for batchnorm: exit 42 if stdin is a valid input, 43 otherwise."""
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
    k, m, c = integer(head[0], 1, 100000), integer(head[1], 2, 100000), integer(head[2], 1, 100000)
    real(head[3], 1e-12, 1)
    if k * m * c > 200000:
        fail("K * m * C exceeds 2e5")
    for token in line_tokens(lines, 1, c) + line_tokens(lines, 2, c):
        real(token, -10, 10)
    index = 3
    for _ in range(k * m):
        for token in line_tokens(lines, index, c):
            real(token, -10000, 10000)
        index += 1
    t = integer(line_tokens(lines, index, 1)[0], 1, 100000)
    if t * c > 20000:
        fail("T * C exceeds 2e4")
    index += 1
    for _ in range(t):
        for token in line_tokens(lines, index, c):
            real(token, -10000, 10000)
        index += 1
    no_more(lines, index)
    sys.exit(42)


main()

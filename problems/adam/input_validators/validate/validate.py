#!/usr/bin/env python3
"""Input validator for adam: exit 42 if stdin is a valid input, 43 otherwise."""
import math
import re
import sys

INT = re.compile(r"-?(0|[1-9][0-9]*)\Z")
REAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?([eE][-+]?[0-9]+)?\Z")  # no trailing zeros


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(43)


def line_tokens(lines, index, count):
    if index >= len(lines):
        fail(f"line {index + 1}: missing")
    tokens = lines[index].split(" ")
    if len(tokens) != count:
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


def main():
    text = sys.stdin.read()
    if not text.endswith("\n"):
        fail("input must end with a newline")
    lines = text[:-1].split("\n")
    n, steps = (integer(t, 1, 1000) for t in line_tokens(lines, 0, 2))
    if n * steps > 200000:
        fail("n * T exceeds 200000")
    lr, beta1, beta2, eps = (real(t, 0, 1) for t in line_tokens(lines, 1, 4))
    if lr <= 0 or eps <= 0 or beta1 >= 1 or beta2 >= 1:
        fail("need 0 < lr <= 1, 0 <= beta1 < 1, 0 <= beta2 < 1, 0 < eps <= 1")
    for index in range(2, 3 + steps):
        for token in line_tokens(lines, index, n):
            real(token, -1000, 1000)
    if len(lines) != 3 + steps:
        fail("extra lines after the last gradient")
    sys.exit(42)


main()

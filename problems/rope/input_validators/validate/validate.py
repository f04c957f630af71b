#!/usr/bin/env python3
"""Input validator for rope: exit 42 if stdin is a valid input, 43 otherwise."""
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
    head = line_tokens(lines, 0, 3)
    n, d = integer(head[0], 1, 200000), integer(head[1], 2, 8192)
    integer(head[2], 2, 1000000)
    if d % 2:
        fail("d must be even")
    if n * d > 200000:
        fail("n * d exceeds 2e5")
    for index in range(1, n + 1):
        tokens = line_tokens(lines, index, d + 1)
        integer(tokens[0], 0, 1000000)
        for token in tokens[1:]:
            real(token, -100, 100)
    no_more(lines, n + 1)
    sys.exit(42)


main()

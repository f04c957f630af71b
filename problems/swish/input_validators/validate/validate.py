#!/usr/bin/env python3
# Input validator: exit 42 if stdin is a valid test input, 43 otherwise.
import re
import sys

INT = re.compile(r"0|-?[1-9][0-9]*")
REAL = re.compile(r"[+-]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(43)


def ints(line, count, low, high):
    tokens = line.split(" ")
    if len(tokens) != count or not all(INT.fullmatch(t) for t in tokens):
        fail(f"expected {count} integers: {line[:80]!r}")
    values = [int(t) for t in tokens]
    if any(not low <= v <= high for v in values):
        fail(f"an integer is outside [{low}, {high}]: {line[:80]!r}")
    return values


def reals(line, count, low, high):
    tokens = line.split(" ")
    if len(tokens) != count or not all(REAL.fullmatch(t) for t in tokens):
        fail(f"expected {count} reals: {line[:80]!r}")
    values = [float(t) for t in tokens]
    if any(not low <= v <= high for v in values):
        fail(f"a value is outside [{low}, {high}]: {line[:80]!r}")
    return values


def read_lines():
    text = sys.stdin.read()
    if not text.endswith("\n") or "\r" in text:
        fail("the input must end with a newline and use \\n line ends")
    return text[:-1].split("\n")


def check(condition, message):
    if not condition:
        fail(message)


def main():
    lines = read_lines()
    (n,) = ints(lines[0], 1, 1, 10**5)
    check(len(lines) == n + 1, f"expected {n + 1} lines")
    for line in lines[1:]:
        tokens = line.split(" ")
        check(len(tokens) == 2, "each query: beta x")
        reals(tokens[0], 1, 0, 10)
        reals(tokens[1], 1, -1e4, 1e4)
    sys.exit(42)


main()

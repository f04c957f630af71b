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
    heads, length, d = ints(lines[0], 3, 1, 256)
    check(heads in (1, 2, 4, 8, 16, 32, 64) and d <= 64, "H must be a power of two <= 64, d <= 64")
    check(3 * heads * length * d <= 10**5 and heads * length * length * d <= 10**6, "too large")
    check(len(lines) == 1 + 3 * heads * length, f"expected {1 + 3 * heads * length} lines")
    for line in lines[1:]:
        reals(line, d, -100, 100)
    sys.exit(42)


main()

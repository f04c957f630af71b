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
    head = lines[0].split(" ")
    check(len(head) == 5, "line 1: eta_min eta_max T0 Tmult Q")
    eta_min, eta_max = reals(" ".join(head[:2]), 2, 0, 10)
    check(eta_min <= eta_max, "eta_min > eta_max")
    ints(head[2], 1, 1, 10**18)
    ints(head[3], 1, 1, 100)
    (q,) = ints(head[4], 1, 1, 10**5)
    check(len(lines) == q + 1, f"expected {q + 1} lines")
    for line in lines[1:]:
        ints(line, 1, 0, 10**18)
    sys.exit(42)


main()

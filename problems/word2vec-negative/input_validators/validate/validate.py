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
    (t,) = ints(lines[0], 1, 1, 10**5)
    pos, total = 1, 0
    for _ in range(t):
        check(pos < len(lines), "missing lines")
        head = lines[pos].split(" ")
        check(len(head) == 3, "pair header: d k eta")
        d, k = ints(" ".join(head[:2]), 2, 1, 300)
        check(k <= 20, "k > 20")
        (eta,) = reals(head[2], 1, 0, 1)
        check(eta > 0, "eta must be positive")
        total += (k + 2) * d
        check(pos + k + 3 <= len(lines), "missing vector lines")
        for line in lines[pos + 1 : pos + k + 3]:
            reals(line, d, -10, 10)
        pos += k + 3
    check(pos == len(lines), "extra lines")
    check(total <= 2 * 10**5, "sum of (k+2)d too large")
    sys.exit(42)


main()

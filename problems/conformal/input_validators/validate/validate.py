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

PROB = re.compile(r"(0\.[0-9]{6}|1\.000000)")


def probs(tokens, k):
    check(len(tokens) == k and all(PROB.fullmatch(t) for t in tokens), "K probabilities with 6 decimals")
    return [int(t.replace(".", "")) for t in tokens]  # in units of 1e-6


def main():
    from fractions import Fraction
    lines = read_lines()
    head = lines[0].split(" ")
    check(len(head) == 4, "line 1: n m K alpha")
    n, m, k = ints(" ".join(head[:3]), 3, 1, 10**5)
    check(m <= 10**4 and 2 <= k <= 100 and (n + m) * k <= 4 * 10**5, "n, m, K out of range")
    check(re.fullmatch(r"0\.[0-9]{1,4}", head[3]) is not None, "alpha: 0.xxxx with at most 4 decimals")
    alpha = Fraction(head[3])
    check(Fraction(1, n + 1) <= alpha < 1, "alpha out of range")
    level = (n + 1) * (1 - alpha)
    check(level.denominator != 1, "(n+1)(1-alpha) must not be an integer")
    rank = -((-level.numerator) // level.denominator)
    check(len(lines) == 1 + n + m, f"expected {1 + n + m} lines")
    scores = []
    for line in lines[1 : 1 + n]:
        tokens = line.split(" ")
        (y,) = ints(tokens[0], 1, 0, k - 1)
        scores.append(10**6 - probs(tokens[1:], k)[y])
    threshold = 10**6 - sorted(scores)[rank - 1]  # 1 - q, in units of 1e-6
    for line in lines[1 + n :]:
        check(all(p != threshold for p in probs(line.split(" "), k)), "a test probability equals 1 - q")
    sys.exit(42)


main()

#!/usr/bin/env python3
"""Input validator for bpe: exit 42 if stdin is a valid input, 43 otherwise."""
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

WORD = re.compile(r"[a-z]{1,20}\Z")


def main():
    lines = read_lines()
    head = line_tokens(lines, 0, 3)
    nwords, k, nqueries = integer(head[0], 1, 20000), integer(head[1], 1, 10000), integer(head[2], 1, 2000)
    seen, letters = set(), 0
    for index in range(1, 1 + nwords):
        word, count = line_tokens(lines, index, 2)
        if not WORD.match(word):
            fail(f"line {index + 1}: bad word {word!r}")
        if word in seen:
            fail(f"line {index + 1}: duplicate word {word!r}")
        seen.add(word)
        letters += len(word)
        integer(count, 1, 1000000)
    if letters > 200000:
        fail("the words have more than 2e5 letters in total")
    for index in range(1 + nwords, 1 + nwords + nqueries):
        if not WORD.match(line_tokens(lines, index, 1)[0]):
            fail(f"line {index + 1}: bad query word")
    no_more(lines, 1 + nwords + nqueries)
    sys.exit(42)


main()

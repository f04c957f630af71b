# Correct but naive: tests every bit of every word, one at a time.
import sys


def count(words: list[int]) -> int:
    total = 0
    for w in words:
        for i in range(64):
            total += (w >> i) & 1
    return total


def main() -> None:
    lines = sys.stdin.read().split("\n")
    a = [int(x, 16) for x in lines[1].split()]
    b = [int(x, 16) for x in lines[2].split()]
    print(count(a), count(b), count([x & y for x, y in zip(a, b)]), count([x | y for x, y in zip(a, b)]))


main()

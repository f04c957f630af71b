# Plausible mistake: a container with exactly 4096 values is made a bitmap (>= instead of >).
import sys


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    a, b = set(map(int, lines[1].split())), set(map(int, lines[2].split()))
    for s in (a, b, a & b, a | b):
        counts: dict[int, int] = {}
        for v in s:
            counts[v >> 16] = counts.get(v >> 16, 0) + 1
        bitmaps = sum(c >= 4096 for c in counts.values())
        print(len(s), len(counts), len(counts) - bitmaps, bitmaps)


main()

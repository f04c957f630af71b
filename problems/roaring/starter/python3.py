# Roaring bitmap containers, whole program (stdin -> stdout).
# Group values by their 16 high bits; a chunk is an array container with at most 4096 values,
# else a bitmap container. Report cardinality, containers, arrays, bitmaps for A, B, A & B, A | B.
import sys

THRESHOLD = 4096


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    a = [int(x) for x in lines[1].split()]
    b = [int(x) for x in lines[2].split()]
    # TODO: build the chunks, intersect and unite them container by container
    for _ in range(4):
        print(0, 0, 0, 0)


main()

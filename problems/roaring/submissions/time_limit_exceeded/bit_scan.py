# Correct but naive: treats each chunk as an uncompressed 2^16-bit bitmap and scans it bit by
# bit, testing membership of every possible low value in every chunk.
import sys


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    a, b = set(map(int, lines[1].split())), set(map(int, lines[2].split()))
    keys = {v >> 16 for v in a | b}
    rows = {name: [0, 0, 0, 0] for name in range(4)}
    for key in sorted(keys):
        base = key << 16
        counts = [0, 0, 0, 0]
        for low in range(1 << 16):
            v = base | low
            in_a, in_b = v in a, v in b
            counts[0] += in_a
            counts[1] += in_b
            counts[2] += in_a and in_b
            counts[3] += in_a or in_b
        for i, c in enumerate(counts):
            if c:
                rows[i][0] += c
                rows[i][1] += 1
                rows[i][2 if c <= 4096 else 3] += 1
    for i in range(4):
        print(*rows[i])


main()

# Plausible mistake: the textbook x mod s, which is biased and draws a single word per value.
import sys

MASK = (1 << 64) - 1


def main() -> None:
    data = sys.stdin.buffer.read().split()
    state, n = int(data[0]), int(data[1])
    out = []
    for i in range(n):
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        out.append((z ^ (z >> 31)) % int(data[2 + i]))
    sys.stdout.write(" ".join(map(str, out)) + f"\n{n}\n")


main()

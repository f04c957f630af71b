# Correct output, but the threshold 2^64 mod s is computed by repeated subtraction, to "avoid the
# division", and on every draw: hopeless for small s.
import sys

MASK = (1 << 64) - 1


def main() -> None:
    data = sys.stdin.buffer.read().split()
    state, n = int(data[0]), int(data[1])
    draws = 0

    def next_word() -> int:
        nonlocal state, draws
        draws += 1
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    out = []
    for i in range(n):
        s = int(data[2 + i])
        t = MASK + 1 - s
        while t >= s:
            t -= s
        m = next_word() * s
        while m & MASK < t:
            m = next_word() * s
        out.append(m >> 64)
    sys.stdout.write(" ".join(map(str, out)) + f"\n{draws}\n")


main()

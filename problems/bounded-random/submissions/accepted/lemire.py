# Lemire's nearly divisionless bounded random integers (arXiv:1805.10941, the paper's
# Algorithm 5 with L = 64), fed by the splitmix64 word generator given in the statement.
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
        m = next_word() * s  # the full 128-bit product x * s
        low = m & MASK  # l = x * s mod 2^64
        if low < s:  # only then can x fall in a biased slot: pay for one division
            t = (MASK + 1 - s) % s  # t = 2^64 mod s
            while low < t:  # reject the t slots that would make some results too likely
                m = next_word() * s
                low = m & MASK
        out.append(m >> 64)  # floor(x * s / 2^64), uniform in [0, s)
    sys.stdout.write(" ".join(map(str, out)) + f"\n{draws}\n")


main()

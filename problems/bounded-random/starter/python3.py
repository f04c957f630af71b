# Nearly divisionless bounded random integers, whole program (stdin -> stdout).
# Python integers are unbounded: mask with & 0xFFFFFFFFFFFFFFFF where the statement says mod 2^64.
import sys

MASK = 0xFFFFFFFFFFFFFFFF


def main() -> None:
    data = sys.stdin.buffer.read().split()
    seed, n = int(data[0]), int(data[1])
    bounds = [int(x) for x in data[2 : 2 + n]]
    # TODO: splitmix64 word generator; for each s: m = x * s, l = m & MASK, reject while l < t
    results, draws = [], 0
    print(" ".join(map(str, results)))
    print(draws)


main()

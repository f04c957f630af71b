# Harley-Seal population count, whole program (stdin -> stdout).
# Tip: Python's big ints work as wide registers: int(b"".join(hex_words[i:i + 64]), 16).
import sys


def csa(a: int, b: int, c: int) -> tuple[int, int]:
    u = a ^ b
    return (a & b) | (u & c), u ^ c  # (carries, sums)


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    n = int(lines[0])
    a_hex, b_hex = lines[1].split(), lines[2].split()
    # TODO: pop(A), pop(B), pop(A & B), pop(A | B) with a carry-save adder tree
    print(0, 0, 0, 0)


main()

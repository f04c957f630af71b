# Harley-Seal population count (Mula, Kurz & Lemire, arXiv:1611.07612, Section 4 and Fig. 7).
# Python's big integers play the part of wide SIMD registers: each "register" holds 64 words
# (4096 bits), and the carry-save adder tree works on 16 registers per step, so only one
# popcount per 16 registers is needed, plus four at the end.
import sys

LANES = 64  # words per register


def csa(a: int, b: int, c: int) -> tuple[int, int]:
    """Carry-save adder: bitwise a + b + c = 2 * high + low (paper, Section 4.2)."""
    u = a ^ b
    return (a & b) | (u & c), u ^ c


def harley_seal(registers: list[int]) -> int:
    registers = registers + [0] * (-len(registers) % 16)
    total = ones = twos = fours = eights = 0
    for i in range(0, len(registers), 16):
        d = registers[i : i + 16]
        twos_a, ones = csa(ones, d[0], d[1])
        twos_b, ones = csa(ones, d[2], d[3])
        fours_a, twos = csa(twos, twos_a, twos_b)
        twos_a, ones = csa(ones, d[4], d[5])
        twos_b, ones = csa(ones, d[6], d[7])
        fours_b, twos = csa(twos, twos_a, twos_b)
        eights_a, fours = csa(fours, fours_a, fours_b)
        twos_a, ones = csa(ones, d[8], d[9])
        twos_b, ones = csa(ones, d[10], d[11])
        fours_a, twos = csa(twos, twos_a, twos_b)
        twos_a, ones = csa(ones, d[12], d[13])
        twos_b, ones = csa(ones, d[14], d[15])
        fours_b, twos = csa(twos, twos_a, twos_b)
        eights_b, fours = csa(fours, fours_a, fours_b)
        sixteens, eights = csa(eights, eights_a, eights_b)
        total += sixteens.bit_count()  # one popcount for 16 registers
    return (16 * total + 8 * eights.bit_count() + 4 * fours.bit_count()
            + 2 * twos.bit_count() + ones.bit_count())


def registers(hex_words: list[bytes]) -> list[int]:
    return [int(b"".join(hex_words[i : i + LANES]), 16) for i in range(0, len(hex_words), LANES)]


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    a = registers(lines[1].split())
    b = registers(lines[2].split())
    print(harley_seal(a), harley_seal(b),
          harley_seal([x & y for x, y in zip(a, b)]), harley_seal([x | y for x, y in zip(a, b)]))


main()

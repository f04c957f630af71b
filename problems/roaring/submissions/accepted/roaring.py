# Roaring bitmaps (Chambi, Lemire, Kaser & Godin, arXiv:1402.6407): a 32-bit set is split by its
# 16 high bits into chunks; a chunk with at most 4096 values is a sorted array container,
# a larger one a 2^16-bit bitmap container (here a Python int used as a bit set).
import sys
from bisect import bisect_left

THRESHOLD = 4096  # above this many values a bitmap (8 KiB) is smaller than an array (2 B/value)


class Container:
    __slots__ = ("array", "bits", "card")

    def __init__(self, array=None, bits=0, card=0):
        self.array, self.bits, self.card = array, bits, card

    @property
    def is_bitmap(self) -> bool:
        return self.array is None


def bits_of(lows: list[int]) -> int:
    """The 2^16-bit bitmap of some 16-bit values (built in a buffer: 8 KiB, bit v = value v)."""
    buf = bytearray(8192)
    for v in lows:
        buf[v >> 3] |= 1 << (v & 7)
    return int.from_bytes(buf, "little")


def from_values(lows: list[int]) -> Container:
    """Build the right kind of container from sorted distinct 16-bit values."""
    if len(lows) <= THRESHOLD:
        return Container(array=lows, card=len(lows))
    return Container(bits=bits_of(lows), card=len(lows))


def from_bits(bits: int) -> Container:
    """A bitmap result: convert it back to an array if it became small (paper, Section 3)."""
    card = bits.bit_count()
    if card > THRESHOLD:
        return Container(bits=bits, card=card)
    lows, b = [], bits
    while b:
        low = b & -b
        lows.append(low.bit_length() - 1)
        b ^= low
    return Container(array=lows, card=card)


def to_bits(c: Container) -> int:
    return c.bits if c.is_bitmap else bits_of(c.array)


def intersect(x: Container, y: Container) -> Container:
    if x.is_bitmap and y.is_bitmap:  # bitmap AND bitmap: word-wise and, then maybe an array
        return from_bits(x.bits & y.bits)
    if x.is_bitmap or y.is_bitmap:  # array AND bitmap: probe each array value in the bitmap
        arr, bits = (y.array, x.bits) if x.is_bitmap else (x.array, y.bits)
        out = [v for v in arr if bits >> v & 1]
        return Container(array=out, card=len(out))
    a, b = (x.array, y.array) if len(x.array) <= len(y.array) else (y.array, x.array)
    out = []  # array AND array: look the smaller array up in the larger one
    for v in a:
        i = bisect_left(b, v)
        if i < len(b) and b[i] == v:
            out.append(v)
    return Container(array=out, card=len(out))


def union(x: Container, y: Container) -> Container:
    if not x.is_bitmap and not y.is_bitmap and x.card + y.card <= THRESHOLD:
        out = sorted(set(x.array) | set(y.array))  # array OR array that stays small
        return Container(array=out, card=len(out))
    return from_bits(to_bits(x) | to_bits(y))  # anything else: a bitmap (converted if small)


def build(values: list[int]) -> dict[int, Container]:
    chunks: dict[int, list[int]] = {}
    for v in sorted(set(values)):
        chunks.setdefault(v >> 16, []).append(v & 0xFFFF)
    return {key: from_values(lows) for key, lows in chunks.items()}


def describe(bitmap: dict[int, Container]) -> str:
    containers = [c for c in bitmap.values() if c.card > 0]  # empty results are dropped
    bitmaps = sum(c.is_bitmap for c in containers)
    return f"{sum(c.card for c in containers)} {len(containers)} {len(containers) - bitmaps} {bitmaps}"


def main() -> None:
    lines = sys.stdin.buffer.read().split(b"\n")
    a = build([int(x) for x in lines[1].split()])
    b = build([int(x) for x in lines[2].split()])
    both = {k: intersect(a[k], b[k]) for k in a.keys() & b.keys()}
    either = {k: union(a[k], b[k]) if k in a and k in b else a.get(k) or b[k]
              for k in a.keys() | b.keys()}
    print("\n".join(describe(x) for x in (a, b, both, either)))


main()

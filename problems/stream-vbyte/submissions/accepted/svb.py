# Stream VByte (Lemire, Kurz & Rupp, arXiv:1709.08990), scalar version of the paper's format:
# a control stream of 2-bit codes (byte length - 1, four per byte, first value in the low bits)
# and a separate data stream of the values' little-endian bytes, without leading zero bytes.


def _length(v: int) -> int:
    return 1 if v < 1 << 8 else 2 if v < 1 << 16 else 3 if v < 1 << 24 else 4


def encode(values: list[int]) -> tuple[bytes, bytes]:
    control = bytearray((len(values) + 3) // 4)
    data = bytearray()
    for i, v in enumerate(values):
        length = _length(v)
        control[i >> 2] |= (length - 1) << (2 * (i & 3))  # code of value i: bits 2(i%4)..2(i%4)+1
        data += v.to_bytes(length, "little")
    return bytes(control), bytes(data)


def decode(control: bytes, data: bytes, n: int) -> list[int]:
    out = []
    pos = 0
    for i in range(n):
        length = ((control[i >> 2] >> (2 * (i & 3))) & 3) + 1
        out.append(int.from_bytes(data[pos : pos + length], "little"))
        pos += length
    return out

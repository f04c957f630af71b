# Plausible mistake: the data bytes are written most significant first (big-endian).


def _length(v: int) -> int:
    return 1 if v < 1 << 8 else 2 if v < 1 << 16 else 3 if v < 1 << 24 else 4


def encode(values: list[int]) -> tuple[bytes, bytes]:
    control = bytearray((len(values) + 3) // 4)
    data = bytearray()
    for i, v in enumerate(values):
        length = _length(v)
        control[i >> 2] |= (length - 1) << (2 * (i & 3))
        data += v.to_bytes(length, "big")
    return bytes(control), bytes(data)


def decode(control: bytes, data: bytes, n: int) -> list[int]:
    out, pos = [], 0
    for i in range(n):
        length = ((control[i >> 2] >> (2 * (i & 3))) & 3) + 1
        out.append(int.from_bytes(data[pos : pos + length], "big"))
        pos += length
    return out

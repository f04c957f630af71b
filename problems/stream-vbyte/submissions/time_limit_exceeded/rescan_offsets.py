# Correct but quadratic decoder: the data offset of value i is recomputed from scratch by adding
# the lengths of all earlier values, instead of being carried along.


def _length(v: int) -> int:
    return 1 if v < 1 << 8 else 2 if v < 1 << 16 else 3 if v < 1 << 24 else 4


def encode(values: list[int]) -> tuple[bytes, bytes]:
    control = bytearray((len(values) + 3) // 4)
    data = bytearray()
    for i, v in enumerate(values):
        length = _length(v)
        control[i >> 2] |= (length - 1) << (2 * (i & 3))
        data += v.to_bytes(length, "little")
    return bytes(control), bytes(data)


def _code(control: bytes, i: int) -> int:
    return ((control[i >> 2] >> (2 * (i & 3))) & 3) + 1


def decode(control: bytes, data: bytes, n: int) -> list[int]:
    out = []
    for i in range(n):
        pos = sum(_code(control, j) for j in range(i))
        out.append(int.from_bytes(data[pos : pos + _code(control, i)], "little"))
    return out

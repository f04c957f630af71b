# Stream VByte: a control stream of 2-bit codes (byte length - 1, first value in the low bits)
# and a data stream of little-endian value bytes.
def encode(values: list[int]) -> tuple[bytes, bytes]:
    control = bytearray((len(values) + 3) // 4)
    data = bytearray()
    # TODO: for each value, pick its byte length, set its 2-bit code, append its bytes
    return bytes(control), bytes(data)


def decode(control: bytes, data: bytes, n: int) -> list[int]:
    # TODO: read each value's code from the control stream and its bytes from the data stream
    return []

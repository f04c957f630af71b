"""Input validator for stream-vbyte: exit 42 if stdin is a valid input, 43 otherwise."""
import re
import sys

INT = re.compile(r"0|[1-9][0-9]*")
HEX = re.compile(r"(?:[0-9a-f]{2})+")


def valid_decode(n: int, control_hex: str, data_hex: str) -> bool:
    if not HEX.fullmatch(control_hex) or not HEX.fullmatch(data_hex):
        return False
    control = bytes.fromhex(control_hex)
    if len(control) != (n + 3) // 4:
        return False
    used = n % 4
    if used and control[-1] >> (2 * used):  # unused codes of the last control byte must be zero
        return False
    total = sum(((control[i >> 2] >> (2 * (i & 3))) & 3) + 1 for i in range(n))
    return total == len(data_hex) // 2


def main() -> int:
    text = sys.stdin.read()
    if not text.endswith("\n"):
        return 43
    lines = text[:-1].split("\n")
    if not INT.fullmatch(lines[0]):
        return 43
    t = int(lines[0])
    if not 1 <= t <= 1000 or len(lines) != t + 1:
        return 43
    total = 0
    for line in lines[1:]:
        parts = line.split(" ")
        if len(parts) < 2 or not INT.fullmatch(parts[1]):
            return 43
        n = int(parts[1])
        if n < 1:
            return 43
        total += n
        if parts[0] == "E":
            if len(parts) != 2 + n or not all(INT.fullmatch(p) and int(p) < 2**32 for p in parts[2:]):
                return 43
        elif parts[0] == "D":
            if len(parts) != 4 or not valid_decode(n, parts[2], parts[3]):
                return 43
        else:
            return 43
    return 42 if total <= 200000 else 43


sys.exit(main())

# Harness for stream-vbyte: reads the queries, calls your encode/decode, prints the results.
import importlib
import sys
from pathlib import Path


def _solution():
    """Your cell is saved as solution.py; judges that keep the submitted file's name (problemtools,
    Kattis) get the one other .py file next to this harness instead."""
    try:
        return importlib.import_module("solution")
    except ModuleNotFoundError as error:
        if error.name != "solution":
            raise
        here = Path(__file__).resolve().parent
        (other,) = [p for p in here.glob("*.py") if p.name != "main.py"]
        return importlib.import_module(other.stem)


_mod = _solution()
encode, decode = _mod.encode, _mod.decode


def main() -> None:
    lines = sys.stdin.read().split("\n")
    t = int(lines[0])
    out = []
    for line in lines[1 : 1 + t]:
        parts = line.split()
        n = int(parts[1])
        if parts[0] == "E":
            control, data = encode([int(x) for x in parts[2 : 2 + n]])
            out.append(f"{bytes(control).hex()} {bytes(data).hex()}")
        else:
            values = decode(bytes.fromhex(parts[2]), bytes.fromhex(parts[3]), n)
            out.append(" ".join(map(str, values)))
    sys.stdout.write("\n".join(out) + "\n")


main()

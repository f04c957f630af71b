# Harness for jump-hash: reads the queries, calls your jump_hash, prints one bucket per line.
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


jump_hash = _solution().jump_hash


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        key = int(data[1 + 2 * i])
        num_buckets = int(data[2 + 2 * i])
        out.append(str(jump_hash(key, num_buckets)))
    sys.stdout.write("\n".join(out) + "\n")


main()

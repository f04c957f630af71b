# Harness for xoroshiro: reads the queries, calls your generator functions, prints the outputs.
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
xoshiro256ss = _mod.xoshiro256ss
xoroshiro128p = _mod.xoroshiro128p


def main() -> None:
    lines = sys.stdin.read().split("\n")
    t = int(lines[0])
    out = []
    for line in lines[1 : 1 + t]:
        name, k, *state = line.split()
        state = [int(x) for x in state]
        if name == "xoshiro256**":
            values = xoshiro256ss(state, int(k))
        else:
            values = xoroshiro128p(state, int(k))
        out.append(" ".join(map(str, values)))
    sys.stdout.write("\n".join(out) + "\n")


main()

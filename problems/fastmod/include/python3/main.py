# Harness for fastmod: for each divisor, calls compute_m once, then fastmod and is_divisible.
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
compute_m, fastmod, is_divisible = _mod.compute_m, _mod.fastmod, _mod.is_divisible


def main() -> None:
    lines = sys.stdin.read().split("\n")
    t = int(lines[0])
    out = []
    for line in lines[1 : 1 + t]:
        d, k, *ns = (int(x) for x in line.split())
        m = compute_m(d)
        out.append(str(m))
        out.append(" ".join(str(fastmod(n, m, d)) for n in ns[:k]))
        out.append(" ".join("1" if is_divisible(n, m) else "0" for n in ns[:k]))
    sys.stdout.write("\n".join(out) + "\n")


main()

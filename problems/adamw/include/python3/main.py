# Harness for adamw: reads the problem, calls your adamw, prints theta_T.
import importlib
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name):
    # The notebook judge saves your code as solution.py; other Kattis tools keep a submission's
    # own file name, so fall back to the one other .py file next to this harness.
    module = "solution"
    if not os.path.exists(os.path.join(_HERE, "solution.py")):
        module = [f[:-3] for f in sorted(os.listdir(_HERE)) if f.endswith(".py") and f != "main.py"][0]
    return getattr(importlib.import_module(module), name)


def main() -> None:
    adamw = _load("adamw")
    data = sys.stdin.buffer.read().split()
    d, steps = int(data[0]), int(data[1])
    alpha, beta1, beta2, eps, weight_decay, eta = (float(v) for v in data[2:8])
    vectors = [[float(v) for v in data[8 + k * d : 8 + (k + 1) * d]] for k in range(3)]
    a, c, theta = vectors
    result = adamw(theta, a, c, steps, alpha, beta1, beta2, eps, weight_decay, eta)
    sys.stdout.write(" ".join("%.12g" % v for v in result) + "\n")


main()

import math
import sys


def learning_rate(t: int, eta_min: float, eta_max: float, t0: int, t_mult: int) -> float:
    """The SGDR learning rate at step t (steps start at 0)."""
    # TODO: find the run containing t (runs last T_0, T_0*T_mult, T_0*T_mult^2, ... steps)
    raise NotImplementedError


def main() -> None:
    data = sys.stdin.read().split()
    eta_min, eta_max = float(data[0]), float(data[1])
    t0, t_mult, q = int(data[2]), int(data[3]), int(data[4])
    for v in data[5 : 5 + q]:
        print("%.12g" % learning_rate(int(v), eta_min, eta_max, t0, t_mult))


main()

import sys


def main() -> None:
    data = sys.stdin.read().split()
    # TODO: for each pair: J = log s(v'_O.v_I) + sum log s(-v'_i.v_I) (stable log-sigmoid), then
    # print J and the vectors after one simultaneous gradient-ascent step with rate eta
    raise NotImplementedError


main()

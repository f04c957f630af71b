import sys


def swish(beta: float, x: float) -> tuple[float, float]:
    """Return (f(x), f'(x)) for f(x) = x * sigmoid(beta * x)."""
    # TODO: evaluate the sigmoid stably (it must not overflow for beta * x down to -1e5)
    raise NotImplementedError


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    for i in range(n):
        f, df = swish(float(data[1 + 2 * i]), float(data[2 + 2 * i]))
        print("%.12g %.12g" % (f, df))


main()

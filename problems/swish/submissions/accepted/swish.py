# Swish (Ramachandran, Zoph & Le, arXiv:1710.05941): f(x) = x * sigmoid(beta * x) and
# f'(x) = sigmoid(z) + z * sigmoid(z) * (1 - sigmoid(z)) with z = beta * x, sigmoid evaluated stably.
import math
import sys


def sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)  # z < 0: e^z cannot overflow
    return e / (1.0 + e)


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    out = []
    for i in range(n):
        beta, x = float(data[1 + 2 * i]), float(data[2 + 2 * i])
        z = beta * x
        s = sigmoid(z)
        f = x * s  # f(x) = x sigma(beta x)
        df = s + z * s * sigmoid(-z)  # = beta f + sigma (1 - beta f), without cancellation
        out.append("%.12g %.12g" % (f, df))
    sys.stdout.write("\n".join(out) + "\n")


main()

import math
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, iters = int(data[0]), int(data[1]), int(data[2])
    lam = float(data[3])
    # TODO: read r, c and M; K = exp(-lam * M); u = ones; repeat iters times:
    #       v = c / (K^T u), u = r / (K v); then P = diag(u) K diag(v); print <P, M> and P


main()

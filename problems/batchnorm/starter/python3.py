import math
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k, m, c = int(data[0]), int(data[1]), int(data[2])
    eps = float(data[3])
    # TODO: read gamma, beta, the K mini-batches (m rows of C numbers each), T and the test rows;
    # print the training outputs, E[x], Var[x] (unbiased) and the inference outputs


main()

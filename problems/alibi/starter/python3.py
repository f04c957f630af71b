import math
import sys


def main() -> None:
    data = sys.stdin.read().split()
    heads, length, d = int(data[0]), int(data[1]), int(data[2])
    # TODO: print the slopes m_h = 2^(-8h/H); then, for each head, read Q, K, V (L x d each) and
    # print o_i = sum_{j<=i} softmax_j(q_i.k_j / sqrt(d) + m_h (j - i)) v_j for every position i
    raise NotImplementedError


main()

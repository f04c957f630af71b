import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, m, k, alpha = int(data[0]), int(data[1]), int(data[2]), float(data[3])
    # TODO: scores s_i = 1 - p_i[y_i]; q = the ceil((n+1)(1-alpha))-th smallest score;
    # for each test row print the size and the classes j with p[j] >= 1 - q
    raise NotImplementedError


main()

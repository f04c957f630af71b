# SGDR (Loshchilov & Hutter, arXiv:1608.03983, eq. 5) with integer steps: locate the run that
# contains t by walking the geometric run lengths T_i = T_0 * T_mult^i (O(log t) runs), then
# eta = eta_min + (eta_max - eta_min) * (1 + cos(pi * T_cur / T_i)) / 2.
import math
import sys


def learning_rate(t, eta_min, eta_max, t0, t_mult):
    if t_mult == 1:
        start, length = t - t % t0, t0  # all runs have length T_0
    else:
        start, length = 0, t0
        while t >= start + length:  # Python integers: no overflow
            start += length
            length *= t_mult
    t_cur = t - start
    return eta_min + 0.5 * (eta_max - eta_min) * (1 + math.cos(math.pi * t_cur / length))


def main():
    data = sys.stdin.buffer.read().split()
    eta_min, eta_max = float(data[0]), float(data[1])
    t0, t_mult, q = int(data[2]), int(data[3]), int(data[4])
    out = ["%.12g" % learning_rate(int(v), eta_min, eta_max, t0, t_mult) for v in data[5 : 5 + q]]
    sys.stdout.write("\n".join(out) + "\n")


main()

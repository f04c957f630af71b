# Plausible mistake: finds the run index with a floating-point logarithm of the geometric sum,
# i = floor(log_{T_mult}(t (T_mult - 1) / T_0 + 1)), which is off by one at some restarts.
import math
import sys

data = sys.stdin.read().split()
eta_min, eta_max = float(data[0]), float(data[1])
t0, t_mult, q = int(data[2]), int(data[3]), int(data[4])
for v in data[5 : 5 + q]:
    t = int(v)
    if t_mult == 1:
        i = t // t0
        start, length = i * t0, t0
    else:
        i = math.floor(math.log(t * (t_mult - 1) / t0 + 1, t_mult))
        start = t0 * (t_mult ** i - 1) // (t_mult - 1)
        length = t0 * t_mult ** i
    t_cur = t - start
    print("%.12g" % (eta_min + 0.5 * (eta_max - eta_min) * (1 + math.cos(math.pi * t_cur / length))))

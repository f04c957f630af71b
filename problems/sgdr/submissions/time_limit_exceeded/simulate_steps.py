# Too slow: simulates the schedule one step at a time up to t (up to 10^18 steps).
import math
import sys

data = sys.stdin.read().split()
eta_min, eta_max = float(data[0]), float(data[1])
t0, t_mult, q = int(data[2]), int(data[3]), int(data[4])
for v in data[5 : 5 + q]:
    t = int(v)
    t_cur, length = 0, t0
    for _ in range(t):
        t_cur += 1
        if t_cur == length:  # restart
            t_cur = 0
            length *= t_mult
    print("%.12g" % (eta_min + 0.5 * (eta_max - eta_min) * (1 + math.cos(math.pi * t_cur / length))))

# Crashes: 1 / (1 + exp(-z)) raises OverflowError once -z > ~709.
import math
import sys

data = sys.stdin.read().split()
n = int(data[0])
for i in range(n):
    beta, x = float(data[1 + 2 * i]), float(data[2 + 2 * i])
    s = 1 / (1 + math.exp(-beta * x))
    f = x * s
    print("%.12g %.12g" % (f, beta * f + s * (1 - beta * f)))

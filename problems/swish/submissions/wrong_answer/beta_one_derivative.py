# Plausible mistake: uses the beta = 1 derivative f + sigma (1 - f) for every beta.
import math
import sys


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


data = sys.stdin.read().split()
n = int(data[0])
for i in range(n):
    beta, x = float(data[1 + 2 * i]), float(data[2 + 2 * i])
    s = sigmoid(beta * x)
    f = x * s
    print("%.12g %.12g" % (f, f + s * (1 - f)))

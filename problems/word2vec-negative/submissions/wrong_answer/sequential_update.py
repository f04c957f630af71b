# Plausible mistake: updates the output vectors first and then uses the *new* ones for v_I's
# gradient (not a simultaneous step).
import math
import sys


def log_sigmoid(z):
    return -math.log1p(math.exp(-z)) if z >= 0 else z - math.log1p(math.exp(z))


def sigmoid(z):
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


data = sys.stdin.read().split()
pos = 1
for _ in range(int(data[0])):
    d, k, eta = int(data[pos]), int(data[pos + 1]), float(data[pos + 2])
    pos += 3
    vecs = [[float(x) for x in data[pos + r * d : pos + (r + 1) * d]] for r in range(k + 2)]
    pos += (k + 2) * d
    v_in, outs = vecs[0], vecs[1:]
    scores = [sum(a * b for a, b in zip(u, v_in)) for u in outs]
    print("%.12g" % (log_sigmoid(scores[0]) + sum(log_sigmoid(-s) for s in scores[1:])))
    grads = [sigmoid(-scores[0])] + [-sigmoid(s) for s in scores[1:]]
    new_outs = [[u[c] + eta * g * v_in[c] for c in range(d)] for g, u in zip(grads, outs)]
    new_in = [v_in[c] + eta * sum(g * u[c] for g, u in zip(grads, new_outs)) for c in range(d)]
    for vec in [new_in] + new_outs:
        print(" ".join("%.12g" % x for x in vec))

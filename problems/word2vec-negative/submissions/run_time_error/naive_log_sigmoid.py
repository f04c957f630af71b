# Crashes: log(1 / (1 + exp(-z))) overflows in exp once -z > ~709.
import math
import sys

data = sys.stdin.read().split()
pos = 1
for _ in range(int(data[0])):
    d, k, eta = int(data[pos]), int(data[pos + 1]), float(data[pos + 2])
    pos += 3
    vecs = [[float(x) for x in data[pos + r * d : pos + (r + 1) * d]] for r in range(k + 2)]
    pos += (k + 2) * d
    v_in, outs = vecs[0], vecs[1:]
    sig = lambda z: 1 / (1 + math.exp(-z))
    scores = [sum(a * b for a, b in zip(u, v_in)) for u in outs]
    print("%.12g" % (math.log(sig(scores[0])) + sum(math.log(sig(-s)) for s in scores[1:])))
    grads = [1 - sig(scores[0])] + [-sig(s) for s in scores[1:]]
    new_in = [v_in[c] + eta * sum(g * u[c] for g, u in zip(grads, outs)) for c in range(d)]
    for vec in [new_in] + [[u[c] + eta * g * v_in[c] for c in range(d)] for g, u in zip(grads, outs)]:
        print(" ".join("%.12g" % x for x in vec))

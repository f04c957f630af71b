# Skip-gram negative sampling (Mikolov et al., arXiv:1310.4546, eq. 4): the objective
# J = log s(v'_O . v_I) + sum_i log s(-v'_i . v_I) and one simultaneous gradient-ascent step.
import math
import sys


def log_sigmoid(z):  # stable for |z| up to any size
    return -math.log1p(math.exp(-z)) if z >= 0 else z - math.log1p(math.exp(z))


def sigmoid(z):
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


def main():
    data = sys.stdin.buffer.read().split()
    pos = 1
    out = []
    for _ in range(int(data[0])):
        d, k, eta = int(data[pos]), int(data[pos + 1]), float(data[pos + 2])
        pos += 3
        vecs = [[float(x) for x in data[pos + r * d : pos + (r + 1) * d]] for r in range(k + 2)]
        pos += (k + 2) * d
        v_in, v_out, negatives = vecs[0], vecs[1], vecs[2:]
        dot = lambda a, b: math.fsum(x * y for x, y in zip(a, b))
        s_out = dot(v_out, v_in)
        s_neg = [dot(u, v_in) for u in negatives]
        objective = log_sigmoid(s_out) + math.fsum(log_sigmoid(-s) for s in s_neg)
        g_out = sigmoid(-s_out)  # 1 - sigma(s_O): d log s(s_O) / d s_O
        g_neg = [-sigmoid(s) for s in s_neg]  # d log s(-s_i) / d s_i
        # every gradient uses the old vectors
        new_in = [v_in[c] + eta * (g_out * v_out[c] + sum(g * u[c] for g, u in zip(g_neg, negatives)))
                  for c in range(d)]
        new_out = [v_out[c] + eta * g_out * v_in[c] for c in range(d)]
        new_neg = [[u[c] + eta * g * v_in[c] for c in range(d)] for g, u in zip(g_neg, negatives)]
        out.append("%.12g" % objective)
        for vec in [new_in, new_out] + new_neg:
            out.append(" ".join("%.12g" % x for x in vec))
    sys.stdout.write("\n".join(out) + "\n")


main()

# ALiBi (Press, Smith & Lewis, arXiv:2108.12409, section 3): head slopes m_h = 2^(-8h/H), and
# causal attention with scores q_i.k_j / sqrt(d) + m_h * (j - i), softmax with the max subtracted.
import math
import sys


def main():
    data = sys.stdin.buffer.read().split()
    heads, length, d = int(data[0]), int(data[1]), int(data[2])
    pos = 3

    def matrix():
        nonlocal pos
        rows = [[float(v) for v in data[pos + r * d : pos + (r + 1) * d]] for r in range(length)]
        pos += length * d
        return rows

    slopes = [2 ** (-8 * h / heads) for h in range(1, heads + 1)]  # geometric: start = ratio = 2^(-8/H)
    out = [" ".join("%.12g" % m for m in slopes)]
    scale = 1 / math.sqrt(d)
    for h in range(heads):
        q, k, v = matrix(), matrix(), matrix()
        m = slopes[h]
        for i in range(length):
            qi = q[i]
            scores = [sum(a * b for a, b in zip(qi, k[j])) * scale + m * (j - i) for j in range(i + 1)]
            top = max(scores)
            weights = [math.exp(s - top) for s in scores]
            total = sum(weights)
            o = [0.0] * d
            for j in range(i + 1):
                w = weights[j] / total
                vj = v[j]
                for c in range(d):
                    o[c] += w * vj[c]
            out.append(" ".join("%.12g" % x for x in o))
    sys.stdout.write("\n".join(out) + "\n")


main()

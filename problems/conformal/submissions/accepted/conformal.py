# Split conformal prediction for classification (Angelopoulos & Bates, arXiv:2107.07511, section 1):
# scores s_i = 1 - f(x_i)_{y_i}, q = the ceil((n+1)(1-alpha))-th smallest score, and
# C(x) = {j : f(x)_j >= 1 - q}.
import math
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, k = int(data[0]), int(data[1]), int(data[2])
    alpha = float(data[3])
    pos = 4
    scores = []
    for _ in range(n):
        y = int(data[pos])
        scores.append(1.0 - float(data[pos + 1 + y]))  # conformal score of the true class
        pos += k + 1
    rank = math.ceil((n + 1) * (1 - alpha))  # finite-sample corrected rank, 1 <= rank <= n
    q_hat = sorted(scores)[rank - 1]
    threshold = 1.0 - q_hat
    out = ["%.12g" % q_hat]
    for _ in range(m):
        probs = data[pos : pos + k]
        pos += k
        members = [j for j in range(k) if float(probs[j]) >= threshold]
        out.append(" ".join(map(str, [len(members)] + members)))
    sys.stdout.write("\n".join(out) + "\n")


main()

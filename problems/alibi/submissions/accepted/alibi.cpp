// ALiBi (Press, Smith & Lewis, arXiv:2108.12409, section 3): head slopes m_h = 2^(-8h/H), and
// causal attention with scores q_i.k_j / sqrt(d) + m_h * (j - i), softmax with the max subtracted.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int heads, length, d;
    if (std::scanf("%d %d %d", &heads, &length, &d) != 3) return 1;
    std::vector<double> slopes(heads);
    for (int h = 1; h <= heads; ++h) {
        slopes[h - 1] = std::pow(2.0, -8.0 * h / heads);
        std::printf(h > 1 ? " %.12g" : "%.12g", slopes[h - 1]);
    }
    std::printf("\n");
    const double scale = 1 / std::sqrt((double)d);
    std::vector<std::vector<double>> q(length, std::vector<double>(d)), k = q, v = q;
    std::vector<double> scores(length), o(d);
    for (int h = 0; h < heads; ++h) {
        for (auto* mat : {&q, &k, &v})
            for (auto& row : *mat)
                for (double& x : row)
                    if (std::scanf("%lf", &x) != 1) return 1;
        for (int i = 0; i < length; ++i) {
            double top = -1e300;
            for (int j = 0; j <= i; ++j) {
                double dot = 0;
                for (int c = 0; c < d; ++c) dot += q[i][c] * k[j][c];
                scores[j] = dot * scale + slopes[h] * (j - i);  // linear bias, 0 on the diagonal
                top = std::max(top, scores[j]);
            }
            double total = 0;
            for (int j = 0; j <= i; ++j) total += (scores[j] = std::exp(scores[j] - top));
            std::fill(o.begin(), o.end(), 0.0);
            for (int j = 0; j <= i; ++j)
                for (int c = 0; c < d; ++c) o[c] += scores[j] / total * v[j][c];
            for (int c = 0; c < d; ++c) std::printf(c ? " %.12g" : "%.12g", o[c]);
            std::printf("\n");
        }
    }
    return 0;
}

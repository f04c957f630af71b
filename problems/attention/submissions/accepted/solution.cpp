// Reference: scaled dot-product attention (arXiv:1706.03762, Section 3.2.1, eq. (1)), with the
// causal mask of Section 3.2.3 and a max-subtracted softmax.
#include <algorithm>
#include <cmath>
#include <vector>

using Matrix = std::vector<std::vector<double>>;

Matrix attention(const Matrix& Q, const Matrix& K, const Matrix& V, bool causal) {
    const size_t n = Q.size(), m = K.size(), d = Q[0].size(), dv = V[0].size();
    const double scale = 1.0 / std::sqrt((double)d);
    Matrix out(n, std::vector<double>(dv, 0.0));
    std::vector<double> s(m);
    for (size_t i = 0; i < n; ++i) {
        const size_t keys = causal ? i + 1 : m;        // key j is visible iff j <= i
        double top = -INFINITY;
        for (size_t j = 0; j < keys; ++j) {
            double dot = 0;
            for (size_t c = 0; c < d; ++c) dot += Q[i][c] * K[j][c];
            s[j] = dot * scale;                         // q_i . k_j / sqrt(d_k)
            top = std::max(top, s[j]);
        }
        double total = 0;
        for (size_t j = 0; j < keys; ++j) total += (s[j] = std::exp(s[j] - top));
        for (size_t j = 0; j < keys; ++j) {
            const double w = s[j] / total;
            for (size_t c = 0; c < dv; ++c) out[i][c] += w * V[j][c];
        }
    }
    return out;
}

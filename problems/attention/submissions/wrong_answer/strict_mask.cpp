// Wrong: the causal mask hides the current position too (j < i instead of j <= i), so the first
// query sees no key at all.
#include <algorithm>
#include <cmath>
#include <vector>

using Matrix = std::vector<std::vector<double>>;

Matrix attention(const Matrix& Q, const Matrix& K, const Matrix& V, bool causal) {
    const size_t n = Q.size(), m = K.size(), d = Q[0].size(), dv = V[0].size();
    Matrix out(n, std::vector<double>(dv, 0.0));
    std::vector<double> s(m);
    for (size_t i = 0; i < n; ++i) {
        const size_t keys = causal ? i : m;
        double top = -INFINITY, total = 0;
        for (size_t j = 0; j < keys; ++j) {
            double dot = 0;
            for (size_t c = 0; c < d; ++c) dot += Q[i][c] * K[j][c];
            s[j] = dot / std::sqrt((double)d);
            top = std::max(top, s[j]);
        }
        for (size_t j = 0; j < keys; ++j) total += (s[j] = std::exp(s[j] - top));
        for (size_t j = 0; j < keys; ++j)
            for (size_t c = 0; c < dv; ++c) out[i][c] += s[j] / total * V[j][c];
    }
    return out;
}

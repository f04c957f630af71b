// Reference: online softmax, Milakov & Gimelshein (arXiv:1805.02867), Algorithm 3.
#include <algorithm>
#include <cmath>
#include <vector>

std::vector<double> online_softmax(const std::vector<double>& x) {
    double m = -INFINITY, d = 0.0;
    for (double v : x) {                       // single pass: running max and normalizer
        const double m_new = std::max(m, v);
        d = d * std::exp(m - m_new) + std::exp(v - m_new);
        m = m_new;
    }
    std::vector<double> y(x.size());
    for (size_t i = 0; i < x.size(); ++i) y[i] = std::exp(x[i] - m) / d;
    return y;
}

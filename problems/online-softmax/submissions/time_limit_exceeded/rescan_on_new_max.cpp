// Too slow: a "streaming" softmax that, whenever the maximum changes, recomputes the normalizer
// from scratch over the prefix instead of rescaling it. Quadratic on increasing logits.
#include <cmath>
#include <vector>

std::vector<double> online_softmax(const std::vector<double>& x) {
    double m = -INFINITY, d = 0.0;
    for (size_t j = 0; j < x.size(); ++j) {
        if (x[j] > m) {
            m = x[j];
            d = 0.0;
            for (size_t k = 0; k <= j; ++k) d += std::exp(x[k] - m);
        } else {
            d += std::exp(x[j] - m);
        }
    }
    std::vector<double> y(x.size());
    for (size_t i = 0; i < x.size(); ++i) y[i] = std::exp(x[i] - m) / d;
    return y;
}

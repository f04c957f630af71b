// Reference: layer normalization, Ba, Kiros & Hinton (arXiv:1607.06450), Section 3, eq. (4).
#include <cmath>
#include <vector>

std::vector<double> layer_norm(const std::vector<double>& x, const std::vector<double>& gamma,
                               const std::vector<double>& beta, double eps) {
    const size_t h = x.size();
    double mu = 0;
    for (double a : x) mu += a;
    mu /= h;                                   // mean over the features of this example
    double var = 0;
    for (double a : x) var += (a - mu) * (a - mu);
    var /= h;                                  // biased variance, second pass (no cancellation)
    const double inv = 1.0 / std::sqrt(var + eps);
    std::vector<double> y(h);
    for (size_t i = 0; i < h; ++i) y[i] = gamma[i] * (x[i] - mu) * inv + beta[i];
    return y;
}

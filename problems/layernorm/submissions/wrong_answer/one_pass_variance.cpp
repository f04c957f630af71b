// Wrong: one-pass variance E[x^2] - E[x]^2 in double. It cancels catastrophically when the
// features share a large offset (x ~ 10^4 with a spread of 10^-2).
#include <cmath>
#include <vector>

std::vector<double> layer_norm(const std::vector<double>& x, const std::vector<double>& gamma,
                               const std::vector<double>& beta, double eps) {
    const size_t h = x.size();
    double s = 0, s2 = 0;
    for (double a : x) { s += a; s2 += a * a; }
    const double mu = s / h;
    double var = s2 / h - mu * mu;
    if (var < 0) var = 0;
    std::vector<double> y(h);
    for (size_t i = 0; i < h; ++i) y[i] = gamma[i] * (x[i] - mu) / std::sqrt(var + eps) + beta[i];
    return y;
}

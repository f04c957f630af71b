// Plausible mistake: no bias correction of the moment estimates.
#include <cmath>
#include <vector>

std::vector<double> adamw(std::vector<double> theta, const std::vector<double>& a,
                          const std::vector<double>& c, int steps, double alpha, double beta1,
                          double beta2, double eps, double weight_decay, double eta) {
    size_t d = theta.size();
    std::vector<double> m(d, 0.0), v(d, 0.0);
    for (int t = 1; t <= steps; ++t)
        for (size_t i = 0; i < d; ++i) {
            double g = a[i] * (theta[i] - c[i]);
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            theta[i] -= eta * (alpha * m[i] / (std::sqrt(v[i]) + eps) + weight_decay * theta[i]);
        }
    return theta;
}

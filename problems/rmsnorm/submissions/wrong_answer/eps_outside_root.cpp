// Plausible mistake: eps added outside the square root, x / (sqrt(mean(x^2)) + eps).
#include <cmath>
#include <vector>

std::vector<double> rms_norm(const std::vector<double>& x, const std::vector<double>& gain, double eps) {
    double sum_sq = 0;
    for (double v : x) sum_sq += v * v;
    double rms = std::sqrt(sum_sq / x.size()) + eps;
    std::vector<double> y(x.size());
    for (size_t i = 0; i < x.size(); ++i) y[i] = x[i] / rms * gain[i];
    return y;
}

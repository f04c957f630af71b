// RMSNorm (Zhang & Sennrich, arXiv:1910.07467): y_i = x_i / RMS(x) * g_i,
// RMS(x) = sqrt(mean(x_i^2) + eps) (eq. 4; eps under the root as in the authors' code).
#include <cmath>
#include <vector>

std::vector<double> rms_norm(const std::vector<double>& x, const std::vector<double>& gain, double eps) {
    long double sum_sq = 0;  // one pass for the mean square: O(d)
    for (double v : x) sum_sq += (long double)v * v;
    double inv_rms = 1.0 / std::sqrt((double)(sum_sq / x.size()) + eps);
    std::vector<double> y(x.size());
    for (size_t i = 0; i < x.size(); ++i) y[i] = x[i] * inv_rms * gain[i];
    return y;
}

#include <cmath>
#include <vector>

std::vector<double> layer_norm(const std::vector<double>& x, const std::vector<double>& gamma,
                               const std::vector<double>& beta, double eps) {
    std::vector<double> y(x.size());
    // TODO: mean, biased variance (stable!), then gamma * (x - mean) / sqrt(var + eps) + beta
    return y;
}

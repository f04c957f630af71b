#include <cmath>
#include <vector>

std::vector<double> rms_norm(const std::vector<double>& x, const std::vector<double>& gain, double eps) {
    std::vector<double> y(x.size());
    // TODO: implement RMSNorm: y_i = x_i / sqrt(mean(x_j^2) + eps) * gain_i
    return y;
}

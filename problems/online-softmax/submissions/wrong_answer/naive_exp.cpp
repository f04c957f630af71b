// Wrong: the textbook softmax exp(x_i) / sum_j exp(x_j) with no maximum subtracted. Large logits
// overflow to inf and the outputs become nan (or 0 when all logits are very negative).
#include <cmath>
#include <vector>

std::vector<double> online_softmax(const std::vector<double>& x) {
    double d = 0.0;
    for (double v : x) d += std::exp(v);
    std::vector<double> y(x.size());
    for (size_t i = 0; i < x.size(); ++i) y[i] = std::exp(x[i]) / d;
    return y;
}

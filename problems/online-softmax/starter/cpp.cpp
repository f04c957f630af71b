#include <cmath>
#include <vector>

std::vector<double> online_softmax(const std::vector<double>& x) {
    double m = -INFINITY, d = 0.0;
    for (double v : x) {
        // TODO: update the running maximum m and rescale the running normalizer d
    }
    std::vector<double> y(x.size(), 0.0);
    // TODO: y[i] = exp(x[i] - m) / d
    return y;
}

// Label-smoothed cross-entropy (Szegedy et al., arXiv:1512.00567, section 7) with the uniform prior
// u(k) = 1/K: H(q', p) = LSE(z) - (1 - eps) z_y - (eps / K) sum_k z_k, LSE with the max shifted out.
#include <algorithm>
#include <cmath>
#include <vector>

double label_smoothing_loss(const std::vector<std::vector<double>>& logits, const std::vector<int>& targets, double epsilon) {
    double total = 0;
    for (size_t i = 0; i < logits.size(); ++i) {
        const std::vector<double>& z = logits[i];
        double m = *std::max_element(z.begin(), z.end());
        double sum_exp = 0, sum_z = 0;
        for (double v : z) {
            sum_exp += std::exp(v - m);
            sum_z += v;
        }
        double lse = m + std::log(sum_exp);
        total += lse - (1 - epsilon) * z[targets[i]] - epsilon / z.size() * sum_z;
    }
    return total / logits.size();
}

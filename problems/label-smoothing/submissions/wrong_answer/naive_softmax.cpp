// Plausible mistake: softmax without subtracting the maximum; exp overflows for large logits.
#include <cmath>
#include <vector>

double label_smoothing_loss(const std::vector<std::vector<double>>& logits, const std::vector<int>& targets, double epsilon) {
    double total = 0;
    for (size_t i = 0; i < logits.size(); ++i) {
        const std::vector<double>& z = logits[i];
        double sum_exp = 0;
        for (double v : z) sum_exp += std::exp(v);
        for (size_t k = 0; k < z.size(); ++k) {
            double q = (1 - epsilon) * ((int)k == targets[i]) + epsilon / z.size();
            total -= q * std::log(std::exp(z[k]) / sum_exp);
        }
    }
    return total / logits.size();
}

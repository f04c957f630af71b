#include <cmath>
#include <vector>

double label_smoothing_loss(const std::vector<std::vector<double>>& logits, const std::vector<int>& targets, double epsilon) {
    // TODO: mean of LSE(z) - (1 - eps) z_y - (eps / K) sum_k z_k, with a stable log-sum-exp
    return 0;
}

#include <cmath>
#include <vector>

double focal_loss(const std::vector<double>& logits, const std::vector<int>& labels, double alpha, double gamma) {
    // TODO: sum of -alpha_t (1 - p_t)^gamma log p_t, divided by max(1, number of positives)
    return 0;
}

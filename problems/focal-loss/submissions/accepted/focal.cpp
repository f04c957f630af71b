// Alpha-balanced focal loss (Lin et al., arXiv:1708.02002, eq. 5), normalized by the number of
// positive anchors as in RetinaNet, computed stably from the logits.
#include <algorithm>
#include <cmath>
#include <vector>

static double log_sigmoid(double z) {  // log sigma(z), exponent kept <= 0
    return z >= 0 ? -std::log1p(std::exp(-z)) : z - std::log1p(std::exp(z));
}

static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z));
}

double focal_loss(const std::vector<double>& logits, const std::vector<int>& labels, double alpha, double gamma) {
    double total = 0;
    int positives = 0;
    for (size_t i = 0; i < logits.size(); ++i) {
        double z = labels[i] == 1 ? logits[i] : -logits[i];  // p_t = sigma(z)
        double alpha_t = labels[i] == 1 ? alpha : 1 - alpha;
        total += -alpha_t * std::pow(sigmoid(-z), gamma) * log_sigmoid(z);
        positives += labels[i];
    }
    return total / std::max(1, positives);
}

// Plausible mistake: clamps p to [1e-7, 1 - 1e-7] before taking logs, which caps the loss of a
// confidently wrong anchor at about 16 instead of |x|.
#include <algorithm>
#include <cmath>
#include <vector>

double focal_loss(const std::vector<double>& logits, const std::vector<int>& labels, double alpha, double gamma) {
    double total = 0;
    int positives = 0;
    for (size_t i = 0; i < logits.size(); ++i) {
        double p = std::min(std::max(1 / (1 + std::exp(-logits[i])), 1e-7), 1 - 1e-7);
        double pt = labels[i] == 1 ? p : 1 - p;
        double alpha_t = labels[i] == 1 ? alpha : 1 - alpha;
        total += -alpha_t * std::pow(1 - pt, gamma) * std::log(pt);
        positives += labels[i];
    }
    return total / std::max(1, positives);
}

// Split conformal prediction for classification (Angelopoulos & Bates, arXiv:2107.07511, section 1):
// scores s_i = 1 - f(x_i)_{y_i}, q = the ceil((n+1)(1-alpha))-th smallest score, and
// C(x) = {j : f(x)_j >= 1 - q}.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int n, m, k;
    double alpha;
    if (std::scanf("%d %d %d %lf", &n, &m, &k, &alpha) != 4) return 1;
    std::vector<double> scores(n), probs(k);
    for (int i = 0; i < n; ++i) {
        int y;
        if (std::scanf("%d", &y) != 1) return 1;
        for (double& p : probs)
            if (std::scanf("%lf", &p) != 1) return 1;
        scores[i] = 1.0 - probs[y];
    }
    long rank = (long)std::ceil((n + 1) * (1 - alpha));  // finite-sample correction
    std::nth_element(scores.begin(), scores.begin() + (rank - 1), scores.end());
    double q_hat = scores[rank - 1], threshold = 1.0 - q_hat;
    std::printf("%.12g\n", q_hat);
    std::vector<int> members;
    for (int t = 0; t < m; ++t) {
        members.clear();
        for (int j = 0; j < k; ++j) {
            if (std::scanf("%lf", &probs[j]) != 1) return 1;
            if (probs[j] >= threshold) members.push_back(j);
        }
        std::printf("%d", (int)members.size());
        for (int j : members) std::printf(" %d", j);
        std::printf("\n");
    }
    return 0;
}

// Plausible mistake: uses the true-class probability itself as the score (not 1 - p) and keeps
// classes with probability at least the quantile.
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
        scores[i] = probs[y];
    }
    std::sort(scores.begin(), scores.end());
    long rank = (long)std::ceil((n + 1) * (1 - alpha));
    double q_hat = scores[rank - 1];
    std::printf("%.12g\n", q_hat);
    for (int t = 0; t < m; ++t) {
        std::vector<int> members;
        for (int j = 0; j < k; ++j) {
            if (std::scanf("%lf", &probs[j]) != 1) return 1;
            if (probs[j] >= q_hat) members.push_back(j);
        }
        std::printf("%d", (int)members.size());
        for (int j : members) std::printf(" %d", j);
        std::printf("\n");
    }
    return 0;
}

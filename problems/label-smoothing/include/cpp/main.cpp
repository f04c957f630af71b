// Harness for label-smoothing: reads the batch, calls your label_smoothing_loss, prints the mean loss.
#include <cstdio>
#include <vector>

// Defined in your solution.cpp.
double label_smoothing_loss(const std::vector<std::vector<double>>& logits, const std::vector<int>& targets, double epsilon);

int main() {
    int n, k;
    double epsilon;
    if (std::scanf("%d %d %lf", &n, &k, &epsilon) != 3) return 1;
    std::vector<std::vector<double>> logits(n, std::vector<double>(k));
    std::vector<int> targets(n);
    for (int i = 0; i < n; ++i) {
        if (std::scanf("%d", &targets[i]) != 1) return 1;
        for (double& z : logits[i])
            if (std::scanf("%lf", &z) != 1) return 1;
    }
    std::printf("%.12g\n", label_smoothing_loss(logits, targets, epsilon));
    return 0;
}

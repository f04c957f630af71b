// Harness for focal-loss: reads the anchors, calls your focal_loss, prints the loss.
#include <cstdio>
#include <vector>

// Defined in your solution.cpp.
double focal_loss(const std::vector<double>& logits, const std::vector<int>& labels, double alpha, double gamma);

int main() {
    int n;
    double alpha, gamma;
    if (std::scanf("%d %lf %lf", &n, &alpha, &gamma) != 3) return 1;
    std::vector<double> logits(n);
    std::vector<int> labels(n);
    for (double& x : logits)
        if (std::scanf("%lf", &x) != 1) return 1;
    for (int& y : labels)
        if (std::scanf("%d", &y) != 1) return 1;
    std::printf("%.12g\n", focal_loss(logits, labels, alpha, gamma));
    return 0;
}

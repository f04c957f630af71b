// Swish (Ramachandran, Zoph & Le, arXiv:1710.05941): f(x) = x * sigmoid(beta * x) and
// f'(x) = sigmoid(z) + z * sigmoid(z) * (1 - sigmoid(z)) with z = beta * x, sigmoid evaluated stably.
#include <cmath>
#include <cstdio>

static double sigmoid(double z) {
    if (z >= 0) return 1.0 / (1.0 + std::exp(-z));
    double e = std::exp(z);
    return e / (1.0 + e);
}

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    for (int i = 0; i < n; ++i) {
        double beta, x;
        if (std::scanf("%lf %lf", &beta, &x) != 2) return 1;
        double z = beta * x, s = sigmoid(z);
        double f = x * s;
        double df = s + z * s * sigmoid(-z);
        std::printf("%.12g %.12g\n", f, df);
    }
    return 0;
}

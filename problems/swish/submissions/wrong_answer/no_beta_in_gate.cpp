// Plausible mistake: forgets beta inside the gate, computing x * sigmoid(x) (Swish-1) always.
#include <cmath>
#include <cstdio>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    for (int i = 0; i < n; ++i) {
        double beta, x;
        if (std::scanf("%lf %lf", &beta, &x) != 2) return 1;
        double s = x >= 0 ? 1 / (1 + std::exp(-x)) : std::exp(x) / (1 + std::exp(x));
        double f = x * s;
        std::printf("%.12g %.12g\n", f, f + s * (1 - f));
    }
    return 0;
}

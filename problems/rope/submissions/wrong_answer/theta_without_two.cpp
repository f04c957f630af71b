// Wrong: frequencies theta_i = base^(-(i-1)/d) instead of base^(-2(i-1)/d).
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int n, d;
    double base;
    if (std::scanf("%d %d %lf", &n, &d, &base) != 3) return 1;
    std::vector<double> x(d);
    for (int r = 0; r < n; ++r) {
        long long m;
        std::scanf("%lld", &m);
        for (auto& v : x) std::scanf("%lf", &v);
        for (int i = 0; i < d / 2; ++i) {
            const double t = std::pow(base, -1.0 * i / d);
            const double c = std::cos(m * t), s = std::sin(m * t);
            std::printf(i ? " %.17g %.17g" : "%.17g %.17g", x[2 * i] * c - x[2 * i + 1] * s,
                        x[2 * i] * s + x[2 * i + 1] * c);
        }
        std::printf("\n");
    }
    return 0;
}

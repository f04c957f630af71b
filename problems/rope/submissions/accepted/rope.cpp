// Reference: rotary position embedding (arXiv:2104.09864), Section 3.4.2, eq. (34): rotate each
// pair (x_{2i-1}, x_{2i}) by the angle m * theta_i, theta_i = base^(-2(i-1)/d).
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int n, d;
    double base;
    if (std::scanf("%d %d %lf", &n, &d, &base) != 3) return 1;
    std::vector<double> theta(d / 2), x(d);
    for (int i = 0; i < d / 2; ++i) theta[i] = std::pow(base, -2.0 * i / d);
    for (int r = 0; r < n; ++r) {
        long long m;
        std::scanf("%lld", &m);
        for (auto& v : x) std::scanf("%lf", &v);
        for (int i = 0; i < d / 2; ++i) {
            const double c = std::cos(m * theta[i]), s = std::sin(m * theta[i]);
            const double a = x[2 * i], b = x[2 * i + 1];
            std::printf(i ? " %.17g %.17g" : "%.17g %.17g", a * c - b * s, a * s + b * c);
        }
        std::printf("\n");
    }
    return 0;
}

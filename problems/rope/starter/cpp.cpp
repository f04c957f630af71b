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
        // TODO: rotate each pair (x[2i], x[2i+1]) by the angle m * base^(-2i/d), then print
        for (int j = 0; j < d; ++j) std::printf(j ? " %.17g" : "%.17g", x[j]);
        std::printf("\n");
    }
    return 0;
}

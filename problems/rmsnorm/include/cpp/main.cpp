// Harness for rmsnorm: reads the rows, calls your rms_norm once per row, prints the results.
#include <cstdio>
#include <vector>

// Defined in your solution.cpp.
std::vector<double> rms_norm(const std::vector<double>& x, const std::vector<double>& gain, double eps);

int main() {
    int n, d;
    double eps;
    if (std::scanf("%d %d %lf", &n, &d, &eps) != 3) return 1;
    std::vector<double> gain(d), x(d);
    for (double& g : gain)
        if (std::scanf("%lf", &g) != 1) return 1;
    for (int r = 0; r < n; ++r) {
        for (double& v : x)
            if (std::scanf("%lf", &v) != 1) return 1;
        std::vector<double> y = rms_norm(x, gain, eps);
        for (int i = 0; i < d; ++i) std::printf(i ? " %.12g" : "%.12g", y[i]);
        std::printf("\n");
    }
    return 0;
}

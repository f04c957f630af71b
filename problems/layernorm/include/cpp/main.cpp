// Harness for layernorm: reads the input, calls your layer_norm on every row, prints the rows.
// Your file is compiled as solution.cpp next to this one and must define layer_norm.
#include <cstdio>
#include <vector>

std::vector<double> layer_norm(const std::vector<double>& x, const std::vector<double>& gamma,
                               const std::vector<double>& beta, double eps);

int main() {
    int rows, width;
    double eps;
    if (std::scanf("%d %d %lf", &rows, &width, &eps) != 3) return 1;
    std::vector<double> gamma(width), beta(width), x(width);
    for (auto& g : gamma) std::scanf("%lf", &g);
    for (auto& b : beta) std::scanf("%lf", &b);
    for (int r = 0; r < rows; ++r) {
        for (auto& v : x) std::scanf("%lf", &v);
        std::vector<double> y = layer_norm(x, gamma, beta, eps);
        for (int i = 0; i < width; ++i) std::printf(i ? " %.17g" : "%.17g", y[i]);
        std::printf("\n");
    }
    return 0;
}

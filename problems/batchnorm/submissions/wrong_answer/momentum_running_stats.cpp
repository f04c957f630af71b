// Wrong for this task: keeps exponential moving averages (momentum 0.1, starting from mean 0 and
// variance 1, as some frameworks do) instead of the plain average over the training batches
// that Algorithm 2 prescribes.
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int k, m, c;
    double eps;
    if (std::scanf("%d %d %d %lf", &k, &m, &c, &eps) != 4) return 1;
    std::vector<double> gamma(c), beta(c), rm(c, 0.0), rv(c, 1.0);
    for (auto& g : gamma) std::scanf("%lf", &g);
    for (auto& b : beta) std::scanf("%lf", &b);
    std::vector<double> x((size_t)m * c);
    for (int b = 0; b < k; ++b) {
        for (auto& v : x) std::scanf("%lf", &v);
        std::vector<double> mu(c, 0.0), var(c, 0.0);
        for (int j = 0; j < c; ++j) {
            for (int i = 0; i < m; ++i) mu[j] += x[(size_t)i * c + j] / m;
            for (int i = 0; i < m; ++i) var[j] += (x[(size_t)i * c + j] - mu[j]) * (x[(size_t)i * c + j] - mu[j]) / m;
            rm[j] = 0.9 * rm[j] + 0.1 * mu[j];
            rv[j] = 0.9 * rv[j] + 0.1 * var[j] * m / (m - 1);
        }
        for (int i = 0; i < m; ++i) {
            for (int j = 0; j < c; ++j)
                std::printf(j ? " %.17g" : "%.17g", gamma[j] * (x[(size_t)i * c + j] - mu[j]) / std::sqrt(var[j] + eps) + beta[j]);
            std::printf("\n");
        }
    }
    for (int j = 0; j < c; ++j) std::printf(j ? " %.17g" : "%.17g", rm[j]);
    std::printf("\n");
    for (int j = 0; j < c; ++j) std::printf(j ? " %.17g" : "%.17g", rv[j]);
    std::printf("\n");
    int t;
    std::scanf("%d", &t);
    std::vector<double> row(c);
    for (int r = 0; r < t; ++r) {
        for (auto& v : row) std::scanf("%lf", &v);
        for (int j = 0; j < c; ++j)
            std::printf(j ? " %.17g" : "%.17g", gamma[j] * (row[j] - rm[j]) / std::sqrt(rv[j] + eps) + beta[j]);
        std::printf("\n");
    }
    return 0;
}

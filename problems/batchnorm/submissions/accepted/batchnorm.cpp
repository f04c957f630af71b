// Reference: batch normalization (arXiv:1502.03167), Algorithm 1 for each training mini-batch,
// Algorithm 2 steps 8-11 for the population statistics and the inference transform.
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int k, m, c;
    double eps;
    if (std::scanf("%d %d %d %lf", &k, &m, &c, &eps) != 4) return 1;
    std::vector<double> gamma(c), beta(c), mean_sum(c, 0.0), var_sum(c, 0.0);
    for (auto& g : gamma) std::scanf("%lf", &g);
    for (auto& b : beta) std::scanf("%lf", &b);
    std::vector<double> x((size_t)m * c), mu(c), var(c);
    for (int b = 0; b < k; ++b) {
        for (auto& v : x) std::scanf("%lf", &v);
        for (int j = 0; j < c; ++j) {
            double s = 0;
            for (int i = 0; i < m; ++i) s += x[(size_t)i * c + j];
            mu[j] = s / m;                                            // mini-batch mean
            double q = 0;
            for (int i = 0; i < m; ++i) q += (x[(size_t)i * c + j] - mu[j]) * (x[(size_t)i * c + j] - mu[j]);
            var[j] = q / m;                                           // mini-batch variance (biased)
            mean_sum[j] += mu[j];
            var_sum[j] += var[j];
        }
        for (int i = 0; i < m; ++i) {
            for (int j = 0; j < c; ++j) {
                const double y = gamma[j] * (x[(size_t)i * c + j] - mu[j]) / std::sqrt(var[j] + eps) + beta[j];
                std::printf(j ? " %.17g" : "%.17g", y);
            }
            std::printf("\n");
        }
    }
    std::vector<double> pm(c), pv(c);
    for (int j = 0; j < c; ++j) {
        pm[j] = mean_sum[j] / k;                                      // E[x]
        pv[j] = (double)m / (m - 1) * var_sum[j] / k;                 // unbiased Var[x]
        std::printf(j ? " %.17g" : "%.17g", pm[j]);
    }
    std::printf("\n");
    for (int j = 0; j < c; ++j) std::printf(j ? " %.17g" : "%.17g", pv[j]);
    std::printf("\n");
    int t;
    std::scanf("%d", &t);
    std::vector<double> row(c);
    for (int r = 0; r < t; ++r) {
        for (auto& v : row) std::scanf("%lf", &v);
        for (int j = 0; j < c; ++j) {
            const double scale = gamma[j] / std::sqrt(pv[j] + eps);
            std::printf(j ? " %.17g" : "%.17g", scale * row[j] + (beta[j] - scale * pm[j]));
        }
        std::printf("\n");
    }
    return 0;
}

// Wrong: builds the kernel as exp(-M / lambda) instead of exp(-lambda M) (lambda multiplies
// the cost in the paper: larger lambda means weaker regularization).
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int n, m, iters;
    double lam;
    if (std::scanf("%d %d %d %lf", &n, &m, &iters, &lam) != 4) return 1;
    std::vector<double> r(n), c(m), M((size_t)n * m), K((size_t)n * m), u(n, 1.0), v(m, 1.0);
    for (auto& x : r) std::scanf("%lf", &x);
    for (auto& x : c) std::scanf("%lf", &x);
    for (size_t i = 0; i < M.size(); ++i) {
        std::scanf("%lf", &M[i]);
        K[i] = std::exp(-M[i] / lam);
    }
    std::vector<double> acc(m);
    for (int t = 0; t < iters; ++t) {
        for (int j = 0; j < m; ++j) acc[j] = 0;
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < m; ++j) acc[j] += K[(size_t)i * m + j] * u[i];   // K^T u
        for (int j = 0; j < m; ++j) v[j] = c[j] / acc[j];
        for (int i = 0; i < n; ++i) {
            double s = 0;
            for (int j = 0; j < m; ++j) s += K[(size_t)i * m + j] * v[j];       // K v
            u[i] = r[i] / s;
        }
    }
    double dist = 0;
    std::vector<double> P((size_t)n * m);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < m; ++j) {
            P[(size_t)i * m + j] = u[i] * K[(size_t)i * m + j] * v[j];
            dist += P[(size_t)i * m + j] * M[(size_t)i * m + j];
        }
    std::printf("%.17g\n", dist);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < m; ++j) std::printf(j ? " %.17g" : "%.17g", P[(size_t)i * m + j]);
        std::printf("\n");
    }
    return 0;
}

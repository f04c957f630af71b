// Plausible mistake: scores noise words with log sigma(+s_i) (no minus sign) and climbs that.
#include <cmath>
#include <cstdio>
#include <vector>

static double log_sigmoid(double z) { return z >= 0 ? -std::log1p(std::exp(-z)) : z - std::log1p(std::exp(z)); }
static double sigmoid(double z) { return z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z)); }

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    while (t--) {
        int d, k;
        double eta;
        if (std::scanf("%d %d %lf", &d, &k, &eta) != 3) return 1;
        std::vector<std::vector<double>> v(k + 2, std::vector<double>(d));
        for (auto& row : v)
            for (double& x : row)
                if (std::scanf("%lf", &x) != 1) return 1;
        std::vector<double> g(k + 2);
        double obj = 0;
        for (int i = 1; i < k + 2; ++i) {
            double s = 0;
            for (int c = 0; c < d; ++c) s += v[i][c] * v[0][c];
            obj += log_sigmoid(s);
            g[i] = sigmoid(-s);
        }
        std::printf("%.12g\n", obj);
        std::vector<double> in(v[0]);
        for (int i = 1; i < k + 2; ++i)
            for (int c = 0; c < d; ++c) in[c] += eta * g[i] * v[i][c];
        for (int c = 0; c < d; ++c) std::printf(c ? " %.12g" : "%.12g", in[c]);
        std::printf("\n");
        for (int i = 1; i < k + 2; ++i) {
            for (int c = 0; c < d; ++c) std::printf(c ? " %.12g" : "%.12g", v[i][c] + eta * g[i] * v[0][c]);
            std::printf("\n");
        }
    }
    return 0;
}

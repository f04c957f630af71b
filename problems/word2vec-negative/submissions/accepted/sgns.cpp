// Skip-gram negative sampling (Mikolov et al., arXiv:1310.4546, eq. 4): the objective
// J = log s(v'_O . v_I) + sum_i log s(-v'_i . v_I) and one simultaneous gradient-ascent step.
#include <cmath>
#include <cstdio>
#include <vector>

static double log_sigmoid(double z) { return z >= 0 ? -std::log1p(std::exp(-z)) : z - std::log1p(std::exp(z)); }
static double sigmoid(double z) { return z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z)); }

static void print(const std::vector<double>& v) {
    for (size_t c = 0; c < v.size(); ++c) std::printf(c ? " %.12g" : "%.12g", v[c]);
    std::printf("\n");
}

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    while (t--) {
        int d, k;
        double eta;
        if (std::scanf("%d %d %lf", &d, &k, &eta) != 3) return 1;
        std::vector<std::vector<double>> vecs(k + 2, std::vector<double>(d));
        for (auto& v : vecs)
            for (double& x : v)
                if (std::scanf("%lf", &x) != 1) return 1;
        const std::vector<double>& v_in = vecs[0];
        auto dot = [&](const std::vector<double>& a) {
            double s = 0;
            for (int c = 0; c < d; ++c) s += a[c] * v_in[c];
            return s;
        };
        std::vector<double> g(k + 2);  // dJ/d(score) for the output word and each noise word
        double s_out = dot(vecs[1]), objective = log_sigmoid(s_out);
        g[1] = sigmoid(-s_out);
        for (int i = 2; i < k + 2; ++i) {
            double s = dot(vecs[i]);
            objective += log_sigmoid(-s);
            g[i] = -sigmoid(s);
        }
        std::vector<double> new_in(v_in);
        for (int i = 1; i < k + 2; ++i)
            for (int c = 0; c < d; ++c) new_in[c] += eta * g[i] * vecs[i][c];  // old output vectors
        std::printf("%.12g\n", objective);
        print(new_in);
        for (int i = 1; i < k + 2; ++i) {
            std::vector<double> u(vecs[i]);
            for (int c = 0; c < d; ++c) u[c] += eta * g[i] * v_in[c];  // old input vector
            print(u);
        }
    }
    return 0;
}

// Plausible mistake: the bias rewards distance (+m (i - j)) instead of penalizing it.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int heads, length, d;
    if (std::scanf("%d %d %d", &heads, &length, &d) != 3) return 1;
    std::vector<double> slopes(heads);
    for (int h = 1; h <= heads; ++h) {
        slopes[h - 1] = std::pow(2.0, -8.0 * h / heads);
        std::printf(h > 1 ? " %.12g" : "%.12g", slopes[h - 1]);
    }
    std::printf("\n");
    std::vector<std::vector<double>> q(length, std::vector<double>(d)), k = q, v = q;
    std::vector<double> s(length);
    for (int h = 0; h < heads; ++h) {
        for (auto* mat : {&q, &k, &v})
            for (auto& row : *mat)
                for (double& x : row)
                    if (std::scanf("%lf", &x) != 1) return 1;
        for (int i = 0; i < length; ++i) {
            double top = -1e300, total = 0;
            for (int j = 0; j <= i; ++j) {
                double dot = 0;
                for (int c = 0; c < d; ++c) dot += q[i][c] * k[j][c];
                s[j] = dot / std::sqrt((double)d) + slopes[h] * (i - j);
                top = std::max(top, s[j]);
            }
            for (int j = 0; j <= i; ++j) total += (s[j] = std::exp(s[j] - top));
            for (int c = 0; c < d; ++c) {
                double o = 0;
                for (int j = 0; j <= i; ++j) o += s[j] / total * v[j][c];
                std::printf(c ? " %.12g" : "%.12g", o);
            }
            std::printf("\n");
        }
    }
    return 0;
}

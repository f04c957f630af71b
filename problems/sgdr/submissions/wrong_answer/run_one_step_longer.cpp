// Plausible mistake: restarts only when T_cur exceeds T_i, so every run is one step longer and
// ends exactly at eta_min.
#include <cmath>
#include <cstdio>

typedef __int128 i128;

int main() {
    double eta_min, eta_max;
    long long t0, t_mult;
    int q;
    if (std::scanf("%lf %lf %lld %lld %d", &eta_min, &eta_max, &t0, &t_mult, &q) != 5) return 1;
    const double pi = std::acos(-1.0);
    for (int k = 0; k < q; ++k) {
        long long t;
        if (std::scanf("%lld", &t) != 1) return 1;
        i128 start = 0, length = t0;
        while ((i128)t > start + length) {
            start += length + 1;
            length *= t_mult;
        }
        double t_cur = (double)(long long)(t - start), len = (double)length;
        std::printf("%.12g\n", eta_min + 0.5 * (eta_max - eta_min) * (1 + std::cos(pi * t_cur / len)));
    }
    return 0;
}

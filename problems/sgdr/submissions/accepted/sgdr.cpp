// SGDR (Loshchilov & Hutter, arXiv:1608.03983, eq. 5) with integer steps: locate the run that
// contains t by walking the geometric run lengths T_i = T_0 * T_mult^i, in 128-bit integers since
// S_i + T_i can pass 2^63, then eta = eta_min + (eta_max - eta_min) * (1 + cos(pi T_cur / T_i)) / 2.
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
        if (t_mult == 1) {
            start = t - t % t0;
        } else {
            while ((i128)t >= start + length) {  // at most ~60 runs
                start += length;
                length *= t_mult;
            }
        }
        double t_cur = (double)(long long)(t - start), len = (double)length;
        std::printf("%.12g\n", eta_min + 0.5 * (eta_max - eta_min) * (1 + std::cos(pi * t_cur / len)));
    }
    return 0;
}

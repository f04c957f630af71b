#include <cmath>
#include <cstdio>

// TODO: the SGDR learning rate at step t; mind 64-bit overflow (__int128 helps)
double learning_rate(long long t, double eta_min, double eta_max, long long t0, long long t_mult) {
    return 0;
}

int main() {
    double eta_min, eta_max;
    long long t0, t_mult;
    int q;
    if (std::scanf("%lf %lf %lld %lld %d", &eta_min, &eta_max, &t0, &t_mult, &q) != 5) return 1;
    for (int k = 0; k < q; ++k) {
        long long t;
        if (std::scanf("%lld", &t) != 1) return 1;
        std::printf("%.12g\n", learning_rate(t, eta_min, eta_max, t0, t_mult));
    }
    return 0;
}

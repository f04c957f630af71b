#include <cmath>
#include <cstdio>

// TODO: return f(x) = x * sigmoid(beta * x) and store f'(x) in *df; keep the sigmoid stable
double swish(double beta, double x, double* df) {
    *df = 0;
    return 0;
}

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    for (int i = 0; i < n; ++i) {
        double beta, x, df;
        if (std::scanf("%lf %lf", &beta, &x) != 2) return 1;
        double f = swish(beta, x, &df);
        std::printf("%.12g %.12g\n", f, df);
    }
    return 0;
}

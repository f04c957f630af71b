// Harness for gelu: reads n numbers, calls your gelu on each, prints the results on one line.
// Your file is compiled as solution.cpp next to this one and must define gelu.
#include <cstdio>

double gelu(double x);

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    for (int i = 0; i < n; ++i) {
        double x;
        std::scanf("%lf", &x);
        std::printf(i ? " %.17g" : "%.17g", gelu(x));
    }
    std::printf("\n");
    return 0;
}

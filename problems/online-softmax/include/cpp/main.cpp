// Harness for online-softmax: reads q vectors, calls your online_softmax on each, prints them.
// Your file is compiled as solution.cpp next to this one and must define online_softmax.
#include <cstdio>
#include <vector>

std::vector<double> online_softmax(const std::vector<double>& x);

int main() {
    int q;
    if (std::scanf("%d", &q) != 1) return 1;
    for (int t = 0; t < q; ++t) {
        int n;
        std::scanf("%d", &n);
        std::vector<double> x(n);
        for (auto& v : x) std::scanf("%lf", &v);
        std::vector<double> y = online_softmax(x);
        for (int i = 0; i < n; ++i) std::printf(i ? " %.17g" : "%.17g", y[i]);
        std::printf("\n");
    }
    return 0;
}

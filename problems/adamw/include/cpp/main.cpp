// Harness for adamw: reads the problem, calls your adamw, prints theta_T.
#include <cstdio>
#include <vector>

// Defined in your solution.cpp.
std::vector<double> adamw(std::vector<double> theta, const std::vector<double>& a,
                          const std::vector<double>& c, int steps, double alpha, double beta1,
                          double beta2, double eps, double weight_decay, double eta);

int main() {
    int d, steps;
    double alpha, beta1, beta2, eps, weight_decay, eta;
    if (std::scanf("%d %d", &d, &steps) != 2) return 1;
    if (std::scanf("%lf %lf %lf %lf %lf %lf", &alpha, &beta1, &beta2, &eps, &weight_decay, &eta) != 6) return 1;
    std::vector<double> a(d), c(d), theta(d);
    for (std::vector<double>* vec : {&a, &c, &theta})
        for (double& x : *vec)
            if (std::scanf("%lf", &x) != 1) return 1;
    std::vector<double> result = adamw(theta, a, c, steps, alpha, beta1, beta2, eps, weight_decay, eta);
    for (int i = 0; i < d; ++i) std::printf(i ? " %.12g" : "%.12g", result[i]);
    std::printf("\n");
    return 0;
}

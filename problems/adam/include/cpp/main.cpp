// Harness for the adam problem: reads the input, calls your adam_step T times, prints the result.
// Your file is compiled as solution.cpp next to this one and must define adam_step (see adam.h).
#include <cstdio>
#include <vector>
#include "adam.h"

int main() {
    int n, steps;
    double lr, beta1, beta2, eps;
    if (std::scanf("%d %d %lf %lf %lf %lf", &n, &steps, &lr, &beta1, &beta2, &eps) != 6) return 1;
    std::vector<double> params(n), grads(n);
    for (auto& p : params) std::scanf("%lf", &p);
    AdamState state;
    state.m.assign(n, 0.0);
    state.v.assign(n, 0.0);
    for (int s = 0; s < steps; ++s) {
        for (auto& g : grads) std::scanf("%lf", &g);
        params = adam_step(params, grads, state, lr, beta1, beta2, eps);
    }
    for (int i = 0; i < n; ++i) std::printf(i ? " %.17g" : "%.17g", params[i]);
    std::printf("\n");
    return 0;
}

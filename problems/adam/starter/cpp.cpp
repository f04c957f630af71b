#include <cmath>
#include <vector>
#include "adam.h"  // struct AdamState { long long t = 0; std::vector<double> m, v; };

std::vector<double> adam_step(const std::vector<double>& params, const std::vector<double>& grads,
                              AdamState& state, double lr, double beta1, double beta2, double eps) {
    state.t += 1;
    std::vector<double> out(params);
    // TODO: update state.m and state.v, apply the bias corrections, compute the new params
    return out;
}

// Wrong:
// adds eps inside the square root, sqrt(v_hat + eps), instead of sqrt(v_hat) + eps.
#include <cmath>
#include <vector>
#include "adam.h"

std::vector<double> adam_step(const std::vector<double>& params, const std::vector<double>& grads,
                              AdamState& state, double lr, double beta1, double beta2, double eps) {
    state.t += 1;
    const double c1 = 1.0 - std::pow(beta1, (double)state.t);
    const double c2 = 1.0 - std::pow(beta2, (double)state.t);
    std::vector<double> out(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
        state.m[i] = beta1 * state.m[i] + (1.0 - beta1) * grads[i];
        state.v[i] = beta2 * state.v[i] + (1.0 - beta2) * grads[i] * grads[i];
        out[i] = params[i] - lr * (state.m[i] / c1) / std::sqrt(state.v[i] / c2 + eps);
    }
    return out;
}

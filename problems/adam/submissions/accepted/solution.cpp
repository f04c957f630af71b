// Reference: Adam, Algorithm 1 of Kingma & Ba (arXiv:1412.6980).
#include <cmath>
#include <vector>
#include "adam.h"

std::vector<double> adam_step(const std::vector<double>& params, const std::vector<double>& grads,
                              AdamState& state, double lr, double beta1, double beta2, double eps) {
    state.t += 1;
    // Bias corrections 1 - beta^t (the moments start at zero, so early estimates are too small).
    const double c1 = 1.0 - std::pow(beta1, (double)state.t);
    const double c2 = 1.0 - std::pow(beta2, (double)state.t);
    std::vector<double> out(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
        const double g = grads[i];
        state.m[i] = beta1 * state.m[i] + (1.0 - beta1) * g;      // first moment m_t
        state.v[i] = beta2 * state.v[i] + (1.0 - beta2) * g * g;  // second raw moment v_t
        const double m_hat = state.m[i] / c1;
        const double v_hat = state.v[i] / c2;
        out[i] = params[i] - lr * m_hat / (std::sqrt(v_hat) + eps);
    }
    return out;
}

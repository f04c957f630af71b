// AdamW (Loshchilov & Hutter, arXiv:1711.05101), Algorithm 2 with a constant schedule multiplier
// eta, on f(theta) = 1/2 sum a_i (theta_i - c_i)^2.
#include <cmath>
#include <vector>

std::vector<double> adamw(std::vector<double> theta, const std::vector<double>& a,
                          const std::vector<double>& c, int steps, double alpha, double beta1,
                          double beta2, double eps, double weight_decay, double eta) {
    size_t d = theta.size();
    std::vector<double> m(d, 0.0), v(d, 0.0);
    double beta1_t = 1.0, beta2_t = 1.0;
    for (int t = 1; t <= steps; ++t) {
        beta1_t *= beta1;  // beta1^t
        beta2_t *= beta2;  // beta2^t
        for (size_t i = 0; i < d; ++i) {
            double g = a[i] * (theta[i] - c[i]);  // loss gradient only
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            double m_hat = m[i] / (1 - beta1_t), v_hat = v[i] / (1 - beta2_t);
            // decoupled weight decay, applied to theta_{t-1} and scaled by eta only
            theta[i] -= eta * (alpha * m_hat / (std::sqrt(v_hat) + eps) + weight_decay * theta[i]);
        }
    }
    return theta;
}

#include <cmath>
#include <vector>

std::vector<double> adamw(std::vector<double> theta, const std::vector<double>& a,
                          const std::vector<double>& c, int steps, double alpha, double beta1,
                          double beta2, double eps, double weight_decay, double eta) {
    // TODO: run `steps` AdamW steps on f(theta) = 1/2 sum a_i (theta_i - c_i)^2
    return theta;
}

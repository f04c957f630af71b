// Reference: GELU(x) = x * Phi(x), Phi(x) = (1 + erf(x / sqrt 2)) / 2 (arXiv:1606.08415, Sec. 2).
#include <cmath>

double gelu(double x) { return 0.5 * x * (1.0 + std::erf(x / std::sqrt(2.0))); }

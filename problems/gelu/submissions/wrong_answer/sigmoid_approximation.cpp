// Wrong for this task: the paper's cheaper sigmoid approximation x * sigmoid(1.702 x).
#include <cmath>

double gelu(double x) { return x / (1.0 + std::exp(-1.702 * x)); }

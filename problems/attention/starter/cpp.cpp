#include <cmath>
#include <vector>

using Matrix = std::vector<std::vector<double>>;

Matrix attention(const Matrix& Q, const Matrix& K, const Matrix& V, bool causal) {
    Matrix out(Q.size(), std::vector<double>(V[0].size(), 0.0));
    // TODO: for every query row: scores q.k / sqrt(d) over the visible keys (j <= i if causal),
    // a softmax that subtracts the row maximum, then the weighted sum of the value rows
    return out;
}

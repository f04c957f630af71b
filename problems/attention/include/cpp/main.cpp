// Harness for attention: reads Q, K, V and the mask flag, calls your attention, prints the rows.
// Your file is compiled as solution.cpp next to this one and must define attention.
#include <cstdio>
#include <vector>

using Matrix = std::vector<std::vector<double>>;
Matrix attention(const Matrix& Q, const Matrix& K, const Matrix& V, bool causal);

static Matrix read_matrix(int rows, int cols) {
    Matrix a(rows, std::vector<double>(cols));
    for (auto& row : a)
        for (auto& x : row) std::scanf("%lf", &x);
    return a;
}

int main() {
    int n, m, d, dv, causal;
    if (std::scanf("%d %d %d %d %d", &n, &m, &d, &dv, &causal) != 5) return 1;
    Matrix q = read_matrix(n, d), k = read_matrix(m, d), v = read_matrix(m, dv);
    Matrix out = attention(q, k, v, causal == 1);
    for (const auto& row : out) {
        for (size_t j = 0; j < row.size(); ++j) std::printf(j ? " %.17g" : "%.17g", row[j]);
        std::printf("\n");
    }
    return 0;
}

#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int k, m, c;
    double eps;
    if (std::scanf("%d %d %d %lf", &k, &m, &c, &eps) != 4) return 1;
    // TODO: read gamma, beta, the K mini-batches, T and the test rows; print the training
    // outputs, E[x], Var[x] (unbiased, m/(m-1)) and the inference outputs
    return 0;
}

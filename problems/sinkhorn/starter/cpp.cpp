#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int n, m, iters;
    double lam;
    if (std::scanf("%d %d %d %lf", &n, &m, &iters, &lam) != 4) return 1;
    // TODO: read r, c and M; K = exp(-lam * M); u = ones; repeat iters times:
    //       v = c / (K^T u), u = r / (K v); then P = diag(u) K diag(v); print <P, M> and P
    return 0;
}

#include <cstdio>

int main() {
    int n, m, k;
    double alpha;
    if (std::scanf("%d %d %d %lf", &n, &m, &k, &alpha) != 4) return 1;
    // TODO: scores s_i = 1 - p_i[y_i]; q = the ceil((n+1)(1-alpha))-th smallest score;
    // print q, then for each test row the set size and the classes j with p[j] >= 1 - q
    return 0;
}

#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int heads, length, d;
    if (std::scanf("%d %d %d", &heads, &length, &d) != 3) return 1;
    // TODO: print the slopes m_h = 2^(-8h/H); then, for each head, read Q, K, V (L x d each) and
    // print o_i = sum_{j<=i} softmax_j(q_i.k_j / sqrt(d) + m_h (j - i)) v_j for every position i
    return 0;
}

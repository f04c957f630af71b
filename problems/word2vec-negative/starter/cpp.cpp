#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    // TODO: for each pair read "d k eta", v_I, v'_O and k noise vectors; print J, then the
    // updated v_I, v'_O, v'_1..v'_k (gradients taken at the old vectors)
    return 0;
}

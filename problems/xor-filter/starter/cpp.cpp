// Xor filter construction by peeling, whole program (stdin -> stdout).
#include <cstdint>
#include <cstdio>
#include <vector>

static inline uint64_t mix(uint64_t z) {
    z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCDULL;
    z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53ULL;
    return z ^ (z >> 33);
}

int main() {
    int n, q;
    unsigned long long seed;
    if (std::scanf("%d %llu", &n, &seed) != 2) return 1;
    std::vector<unsigned long long> keys(n);
    for (auto& x : keys) std::scanf("%llu", &x);
    std::scanf("%d", &q);
    std::vector<unsigned long long> queries(q);
    for (auto& x : queries) std::scanf("%llu", &x);
    // TODO: cells and fingerprints, FIFO peeling (retry with seed + 1), reverse assignment, queries
    return 0;
}

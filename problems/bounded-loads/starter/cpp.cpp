// Consistent hashing with bounded loads, whole program (stdin -> stdout).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

static inline uint64_t mix(uint64_t z) {
    z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCDULL;
    z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53ULL;
    return z ^ (z >> 33);
}

int main() {
    int n, m;
    long long e;
    if (std::scanf("%d %d %lld", &n, &m, &e) != 3) return 1;
    std::vector<unsigned long long> servers(n), keys(m);
    for (auto& s : servers) std::scanf("%llu", &s);
    for (auto& k : keys) std::scanf("%llu", &k);
    // TODO: ring of (mix(id), index) sorted; per key: capacity, lower_bound, skip full servers
    return 0;
}

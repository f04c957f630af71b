// Nearly divisionless bounded random integers, whole program (stdin -> stdout).
#include <cstdint>
#include <cstdio>
#include <vector>

int main() {
    unsigned long long seed;
    int n;
    if (std::scanf("%llu %d", &seed, &n) != 2) return 1;
    std::vector<uint64_t> bounds(n);
    for (auto& s : bounds) { unsigned long long v; std::scanf("%llu", &v); s = v; }
    // TODO: splitmix64; for each s: __uint128_t m = (__uint128_t)x * s; reject while (uint64_t)m < t
    return 0;
}

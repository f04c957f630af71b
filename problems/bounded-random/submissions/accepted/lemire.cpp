// Lemire's nearly divisionless bounded random integers (arXiv:1805.10941, Algorithm 5, L = 64),
// fed by splitmix64.
#include <cstdint>
#include <cstdio>
#include <string>

static uint64_t state;
static uint64_t draws = 0;

static uint64_t next_word() {
    ++draws;
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static uint64_t bounded(uint64_t s) {
    __uint128_t m = (__uint128_t)next_word() * s;  // 128-bit product x * s
    uint64_t low = (uint64_t)m;                    // x * s mod 2^64
    if (low < s) {
        const uint64_t t = -s % s;  // (2^64 - s) mod s = 2^64 mod s: the only division
        while (low < t) {
            m = (__uint128_t)next_word() * s;
            low = (uint64_t)m;
        }
    }
    return (uint64_t)(m >> 64);  // floor(x * s / 2^64)
}

int main() {
    unsigned long long seed;
    int n;
    if (std::scanf("%llu %d", &seed, &n) != 2) return 1;
    state = seed;
    std::string out;
    for (int i = 0; i < n; ++i) {
        unsigned long long s;
        if (std::scanf("%llu", &s) != 1) return 1;
        if (i) out += ' ';
        out += std::to_string(bounded(s));
    }
    std::printf("%s\n%llu\n", out.c_str(), (unsigned long long)draws);
    return 0;
}

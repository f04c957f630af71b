// Plausible mistake: multiply-shift without the rejection step, floor(x * s / 2^64). It is fast
// and usually agrees with the reference, but it is biased, and it differs whenever a word falls
// in one of the 2^64 mod s rejected slots (often, when s is just above 2^63).
#include <cstdint>
#include <cstdio>
#include <string>

static uint64_t state;

static uint64_t next_word() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
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
        out += std::to_string((uint64_t)(((__uint128_t)next_word() * s) >> 64));
    }
    std::printf("%s\n%d\n", out.c_str(), n);
    return 0;
}

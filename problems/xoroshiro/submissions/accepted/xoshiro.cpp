// xoshiro256** and xoroshiro128+ (Blackman & Vigna, arXiv:1805.01407).
#include <array>
#include <cstdint>
#include <vector>

static inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

std::vector<uint64_t> xoshiro256ss(std::array<uint64_t, 4> s, int k) {
    std::vector<uint64_t> out;
    out.reserve(k);
    for (int i = 0; i < k; ++i) {
        out.push_back(rotl(s[1] * 5, 7) * 9);  // scrambler **
        const uint64_t t = s[1] << 17;          // xoshiro256 linear engine, a = 17, b = 45
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = rotl(s[3], 45);
    }
    return out;
}

std::vector<uint64_t> xoroshiro128p(std::array<uint64_t, 2> s, int k) {
    std::vector<uint64_t> out;
    out.reserve(k);
    for (int i = 0; i < k; ++i) {
        out.push_back(s[0] + s[1]);  // scrambler +
        uint64_t s1 = s[1] ^ s[0];   // xoroshiro128 linear engine, a = 24, b = 16, c = 37
        s[0] = rotl(s[0], 24) ^ s1 ^ (s1 << 16);
        s[1] = rotl(s1, 37);
    }
    return out;
}

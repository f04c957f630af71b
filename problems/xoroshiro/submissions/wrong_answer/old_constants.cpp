// Plausible mistake: xoroshiro128+ with the constants of its 2016 version (a=55, b=14, c=36)
// instead of the paper's a=24, b=16, c=37. xoshiro256** is right.
#include <array>
#include <cstdint>
#include <vector>

static inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

std::vector<uint64_t> xoshiro256ss(std::array<uint64_t, 4> s, int k) {
    std::vector<uint64_t> out;
    for (int i = 0; i < k; ++i) {
        out.push_back(rotl(s[1] * 5, 7) * 9);
        const uint64_t t = s[1] << 17;
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
    for (int i = 0; i < k; ++i) {
        out.push_back(s[0] + s[1]);
        uint64_t s1 = s[1] ^ s[0];
        s[0] = rotl(s[0], 55) ^ s1 ^ (s1 << 14);
        s[1] = rotl(s1, 36);
    }
    return out;
}

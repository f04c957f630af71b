// xoshiro256** and xoroshiro128+: return the next k outputs from the given state.
#include <array>
#include <cstdint>
#include <vector>

static inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

std::vector<uint64_t> xoshiro256ss(std::array<uint64_t, 4> s, int k) {
    std::vector<uint64_t> out;
    // TODO: k times: push rotl(s[1] * 5, 7) * 9, then update s
    return out;
}

std::vector<uint64_t> xoroshiro128p(std::array<uint64_t, 2> s, int k) {
    std::vector<uint64_t> out;
    // TODO: k times: push s[0] + s[1], then update s (a, b, c = 24, 16, 37)
    return out;
}

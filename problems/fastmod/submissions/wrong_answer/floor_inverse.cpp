// Plausible mistake: the inverse is rounded down, floor((2^64 - 1) / d), instead of up.
#include <cstdint>

uint64_t compute_m(uint32_t d) { return UINT64_C(0xFFFFFFFFFFFFFFFF) / d; }

uint32_t fastmod(uint32_t n, uint64_t m, uint32_t d) {
    return (uint32_t)(((__uint128_t)(m * n) * d) >> 64);
}

bool is_divisible(uint32_t n, uint64_t m) { return n * m <= m - 1; }

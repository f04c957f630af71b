// Faster remainder by direct computation: 32-bit n and d, 64-bit constant M.
#include <cstdint>

uint64_t compute_m(uint32_t d) {
    return 0;  // TODO: ceil(2^64 / d), wrapping to 0 for d = 1
}

uint32_t fastmod(uint32_t n, uint64_t m, uint32_t d) {
    return 0;  // TODO: ((unsigned __int128)(m * n) * d) >> 64
}

bool is_divisible(uint32_t n, uint64_t m) {
    return false;  // TODO: n * m <= m - 1
}

// Faster remainder by direct computation (Lemire, Kaser & Kurz, arXiv:1902.01961),
// 32-bit numerators and divisors, 64-bit inverse.
#include <cstdint>

uint64_t compute_m(uint32_t d) {
    return UINT64_C(0xFFFFFFFFFFFFFFFF) / d + 1;  // ceil(2^64 / d) mod 2^64 (0 when d = 1)
}

uint32_t fastmod(uint32_t n, uint64_t m, uint32_t d) {
    const uint64_t lowbits = m * n;                           // fractional part of n / d
    return (uint32_t)(((__uint128_t)lowbits * d) >> 64);      // times d: the remainder
}

bool is_divisible(uint32_t n, uint64_t m) {
    return n * m <= m - 1;  // fractional part below 1/d  <=>  d divides n
}

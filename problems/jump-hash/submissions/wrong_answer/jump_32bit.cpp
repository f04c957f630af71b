// Plausible mistake: the LCG state is kept in 32 bits, so the multiplication wraps mod 2^32
// and (key >> 33) is always 0.
#include <cstdint>

int32_t jump_hash(uint64_t key64, int32_t num_buckets) {
    uint32_t key = (uint32_t)key64;
    int64_t b = -1, j = 0;
    while (j < num_buckets) {
        b = j;
        key = key * (uint32_t)2862933555777941757ULL + 1;
        j = (int64_t)((b + 1) * (double(1LL << 31) / double(((uint64_t)key >> 33) + 1)));
    }
    return (int32_t)b;
}

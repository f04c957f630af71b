// Correct but linear in num_buckets: walks every bucket instead of jumping.
#include <cstdint>

int32_t jump_hash(uint64_t key, int32_t num_buckets) {
    int64_t b = 0;
    key = key * 2862933555777941757ULL + 1;
    int64_t nxt = (int64_t)((b + 1) * (double(1LL << 31) / double((key >> 33) + 1)));
    for (int64_t j = 1; j < num_buckets; ++j) {
        if (j == nxt) {
            b = j;
            key = key * 2862933555777941757ULL + 1;
            nxt = (int64_t)((b + 1) * (double(1LL << 31) / double((key >> 33) + 1)));
        }
    }
    return (int32_t)b;
}

// Jump consistent hash (Lamping & Veach, arXiv:1406.2294), the loop of the paper's Figure 1.
#include <cstdint>

int32_t jump_hash(uint64_t key, int32_t num_buckets) {
    int64_t b = -1, j = 0;
    while (j < num_buckets) {
        b = j;                                   // the key currently sits in bucket b
        key = key * 2862933555777941757ULL + 1;  // 64-bit LCG step (wraps mod 2^64)
        // next jump: floor((b + 1) * 2^31 / ((key >> 33) + 1)), in double precision
        j = (int64_t)((b + 1) * (double(1LL << 31) / double((key >> 33) + 1)));
    }
    return (int32_t)b;
}

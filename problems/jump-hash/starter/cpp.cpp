// Jump consistent hash: return the bucket in [0, num_buckets) for a 64-bit unsigned key.
#include <cstdint>

int32_t jump_hash(uint64_t key, int32_t num_buckets) {
    // TODO: b = -1, j = 0; while (j < num_buckets) { b = j; LCG step; next jump in double precision }
    return 0;
}

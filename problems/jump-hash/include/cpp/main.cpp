// Harness for jump-hash: reads the queries, calls your jump_hash, prints one bucket per line.
#include <cstdint>
#include <cstdio>

// Defined in your solution.cpp.
int32_t jump_hash(uint64_t key, int32_t num_buckets);

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    for (int i = 0; i < t; ++i) {
        unsigned long long key;
        int num_buckets;
        if (std::scanf("%llu %d", &key, &num_buckets) != 2) return 1;
        std::printf("%d\n", (int)jump_hash((uint64_t)key, (int32_t)num_buckets));
    }
    return 0;
}

// Plausible mistake: __builtin_popcount takes an unsigned int, so each 64-bit word is truncated
// to its low 32 bits (the 64-bit builtin is __builtin_popcountll).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<uint64_t> a(n), b(n);
    char buf[32];
    for (auto* v : {&a, &b})
        for (int i = 0; i < n; ++i) {
            if (std::scanf("%31s", buf) != 1) return 1;
            (*v)[i] = std::strtoull(buf, nullptr, 16);
        }
    unsigned long long ca = 0, cb = 0, cand = 0, cor = 0;
    for (int i = 0; i < n; ++i) {
        ca += __builtin_popcount(a[i]);
        cb += __builtin_popcount(b[i]);
        cand += __builtin_popcount(a[i] & b[i]);
        cor += __builtin_popcount(a[i] | b[i]);
    }
    std::printf("%llu %llu %llu %llu\n", ca, cb, cand, cor);
    return 0;
}

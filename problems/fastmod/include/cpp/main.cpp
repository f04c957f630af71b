// Harness for fastmod: for each divisor, calls compute_m once, then fastmod and is_divisible.
#include <cstdint>
#include <cstdio>
#include <string>

// Defined in your solution.cpp.
uint64_t compute_m(uint32_t d);
uint32_t fastmod(uint32_t n, uint64_t m, uint32_t d);
bool is_divisible(uint32_t n, uint64_t m);

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    std::string rem, div;
    for (int q = 0; q < t; ++q) {
        unsigned long d;
        int k;
        if (std::scanf("%lu %d", &d, &k) != 2) return 1;
        const uint64_t m = compute_m((uint32_t)d);
        rem.clear();
        div.clear();
        for (int i = 0; i < k; ++i) {
            unsigned long n;
            if (std::scanf("%lu", &n) != 1) return 1;
            if (i) { rem += ' '; div += ' '; }
            rem += std::to_string(fastmod((uint32_t)n, m, (uint32_t)d));
            div += is_divisible((uint32_t)n, m) ? '1' : '0';
        }
        std::printf("%llu\n%s\n%s\n", (unsigned long long)m, rem.c_str(), div.c_str());
    }
    return 0;
}

// Harness for xoroshiro: reads the queries, calls your generator functions, prints the outputs.
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

// Defined in your solution.cpp.
std::vector<uint64_t> xoshiro256ss(std::array<uint64_t, 4> state, int k);
std::vector<uint64_t> xoroshiro128p(std::array<uint64_t, 2> state, int k);

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    for (int q = 0; q < t; ++q) {
        char name[32];
        int k;
        if (std::scanf("%31s %d", name, &k) != 2) return 1;
        std::vector<uint64_t> out;
        if (std::strcmp(name, "xoshiro256**") == 0) {
            std::array<uint64_t, 4> s;
            for (auto& x : s) {
                unsigned long long v;
                if (std::scanf("%llu", &v) != 1) return 1;
                x = v;
            }
            out = xoshiro256ss(s, k);
        } else {
            std::array<uint64_t, 2> s;
            for (auto& x : s) {
                unsigned long long v;
                if (std::scanf("%llu", &v) != 1) return 1;
                x = v;
            }
            out = xoroshiro128p(s, k);
        }
        for (size_t i = 0; i < out.size(); ++i)
            std::printf(i + 1 < out.size() ? "%llu " : "%llu\n", (unsigned long long)out[i]);
    }
    return 0;
}

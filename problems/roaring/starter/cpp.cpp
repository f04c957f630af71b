// Roaring bitmap containers, whole program (stdin -> stdout).
#include <cstdint>
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<uint32_t> a(n), b(m);
    for (auto& x : a) std::scanf("%u", &x);
    for (auto& x : b) std::scanf("%u", &x);
    // TODO: chunks by high 16 bits; array (<= 4096 values) or bitmap containers; AND and OR
    for (int i = 0; i < 4; ++i) std::printf("0 0 0 0\n");
    return 0;
}

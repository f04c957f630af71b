// Harley-Seal population count, whole program (stdin -> stdout).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

static inline void csa(uint64_t& h, uint64_t& l, uint64_t a, uint64_t b, uint64_t c) {
    const uint64_t u = a ^ b;
    h = (a & b) | (u & c);
    l = u ^ c;
}

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<uint64_t> a(n), b(n);
    char buf[32];
    for (auto* v : {&a, &b})
        for (int i = 0; i < n; ++i) { std::scanf("%31s", buf); (*v)[i] = std::strtoull(buf, nullptr, 16); }
    // TODO: pop(A), pop(B), pop(A & B), pop(A | B) with the Harley-Seal tree
    std::printf("0 0 0 0\n");
    return 0;
}

// Harley-Seal population count (Mula, Kurz & Lemire, arXiv:1611.07612, Fig. 7) on 64-bit words:
// a tree of carry-save adders folds 16 words into ones/twos/fours/eights counters and a
// "sixteens" word, so only one popcount is spent per 16 words.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

static inline void csa(uint64_t& h, uint64_t& l, uint64_t a, uint64_t b, uint64_t c) {
    const uint64_t u = a ^ b;
    h = (a & b) | (u & c);  // carries
    l = u ^ c;              // sum bits
}

static uint64_t harley_seal(const std::vector<uint64_t>& d) {
    uint64_t total = 0, ones = 0, twos = 0, fours = 0, eights = 0, sixteens;
    uint64_t twosA, twosB, foursA, foursB, eightsA, eightsB;
    size_t i = 0;
    for (; i + 16 <= d.size(); i += 16) {
        csa(twosA, ones, ones, d[i + 0], d[i + 1]);
        csa(twosB, ones, ones, d[i + 2], d[i + 3]);
        csa(foursA, twos, twos, twosA, twosB);
        csa(twosA, ones, ones, d[i + 4], d[i + 5]);
        csa(twosB, ones, ones, d[i + 6], d[i + 7]);
        csa(foursB, twos, twos, twosA, twosB);
        csa(eightsA, fours, fours, foursA, foursB);
        csa(twosA, ones, ones, d[i + 8], d[i + 9]);
        csa(twosB, ones, ones, d[i + 10], d[i + 11]);
        csa(foursA, twos, twos, twosA, twosB);
        csa(twosA, ones, ones, d[i + 12], d[i + 13]);
        csa(twosB, ones, ones, d[i + 14], d[i + 15]);
        csa(foursB, twos, twos, twosA, twosB);
        csa(eightsB, fours, fours, foursA, foursB);
        csa(sixteens, eights, eights, eightsA, eightsB);
        total += __builtin_popcountll(sixteens);
    }
    total = 16 * total + 8 * __builtin_popcountll(eights) + 4 * __builtin_popcountll(fours) +
            2 * __builtin_popcountll(twos) + __builtin_popcountll(ones);
    for (; i < d.size(); ++i) total += __builtin_popcountll(d[i]);  // the tail
    return total;
}

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<uint64_t> a(n), b(n), both(n), either(n);
    char buf[32];
    for (auto* v : {&a, &b})
        for (int i = 0; i < n; ++i) {
            if (std::scanf("%31s", buf) != 1) return 1;
            (*v)[i] = std::strtoull(buf, nullptr, 16);
        }
    for (int i = 0; i < n; ++i) {
        both[i] = a[i] & b[i];
        either[i] = a[i] | b[i];
    }
    std::printf("%llu %llu %llu %llu\n", (unsigned long long)harley_seal(a),
                (unsigned long long)harley_seal(b), (unsigned long long)harley_seal(both),
                (unsigned long long)harley_seal(either));
    return 0;
}

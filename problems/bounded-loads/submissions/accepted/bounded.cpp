// Consistent hashing with bounded loads (Mirrokni, Thorup & Zadimoghaddam, arXiv:1608.01350).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

static inline uint64_t mix(uint64_t z) {
    z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCDULL;
    z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53ULL;
    return z ^ (z >> 33);
}

int main() {
    int n, m;
    long long e;
    if (std::scanf("%d %d %lld", &n, &m, &e) != 3) return 1;
    std::vector<std::pair<uint64_t, int>> ring(n);
    for (int i = 0; i < n; ++i) {
        unsigned long long s;
        std::scanf("%llu", &s);
        ring[i] = {mix(s), i};
    }
    std::sort(ring.begin(), ring.end());  // server points in clockwise order
    std::vector<uint64_t> points(n);
    for (int i = 0; i < n; ++i) points[i] = ring[i].first;
    std::vector<long long> load(n, 0);
    std::string out;
    for (long long t = 1; t <= m; ++t) {
        unsigned long long key;
        std::scanf("%llu", &key);
        // capacity ceil((1000 + e) t / (1000 n)): at most (1 + eps) times the average load
        const long long capacity = ((1000 + e) * t + 1000LL * n - 1) / (1000LL * n);
        size_t r = std::lower_bound(points.begin(), points.end(), mix(key)) - points.begin();
        if (r == (size_t)n) r = 0;
        while (load[ring[r].second] >= capacity) r = (r + 1 == (size_t)n) ? 0 : r + 1;
        ++load[ring[r].second];
        if (t > 1) out += ' ';
        out += std::to_string(ring[r].second);
    }
    std::printf("%s\n", out.c_str());
    return 0;
}

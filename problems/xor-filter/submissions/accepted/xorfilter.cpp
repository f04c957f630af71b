// Xor filter (Graf & Lemire, arXiv:1912.08258): peeling construction (Algorithm 2) and query
// (Algorithm 1), 8-bit fingerprints, hashes as fixed by the statement.
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

static inline uint64_t mix(uint64_t z) {  // MurmurHash3 finalizer
    z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCDULL;
    z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53ULL;
    return z ^ (z >> 33);
}
static inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
static inline uint32_t reduce(uint64_t x, uint32_t n) { return (uint32_t)(((uint64_t)(uint32_t)x * n) >> 32); }

struct Cells { uint32_t c[3]; };
static inline Cells cells_of(uint64_t h, uint32_t block) {
    return {{reduce(h, block), block + reduce(rotl(h, 21), block), 2 * block + reduce(rotl(h, 42), block)}};
}
static inline uint8_t fingerprint(uint64_t h) { return (uint8_t)(h ^ (h >> 32)); }

int main() {
    int n, q;
    unsigned long long seed_in;
    if (std::scanf("%d %llu", &n, &seed_in) != 2) return 1;
    std::vector<uint64_t> keys(n);
    for (auto& x : keys) { unsigned long long v; std::scanf("%llu", &v); x = v; }
    std::scanf("%d", &q);
    std::vector<uint64_t> queries(q);
    for (auto& x : queries) { unsigned long long v; std::scanf("%llu", &v); x = v; }

    uint64_t seed = seed_in;
    const uint32_t block = (32 + (123ULL * n + 99) / 100) / 3;
    const uint32_t size = 3 * block;
    std::vector<uint64_t> hashes(n);
    std::vector<Cells> cells(n);
    std::vector<std::pair<uint32_t, uint32_t>> stack;  // (key index, cell)
    for (;;) {
        std::vector<uint32_t> count(size, 0), xor_keys(size, 0), queue;
        for (int k = 0; k < n; ++k) {
            hashes[k] = mix(keys[k] + seed);
            cells[k] = cells_of(hashes[k], block);
            for (uint32_t j : cells[k].c) { ++count[j]; xor_keys[j] ^= (uint32_t)k; }
        }
        for (uint32_t i = 0; i < size; ++i)
            if (count[i] == 1) queue.push_back(i);
        stack.clear();
        for (size_t head = 0; head < queue.size(); ++head) {  // FIFO
            const uint32_t i = queue[head];
            if (count[i] != 1) continue;
            const uint32_t k = xor_keys[i];
            stack.push_back({k, i});
            for (uint32_t j : cells[k].c) {
                xor_keys[j] ^= k;
                if (--count[j] == 1) queue.push_back(j);
            }
        }
        if ((int)stack.size() == n) break;
        ++seed;  // peeling failed: next seed
    }
    std::vector<uint8_t> table(size, 0);
    for (size_t s = stack.size(); s-- > 0;) {
        const uint32_t k = stack[s].first, i = stack[s].second;
        const Cells& c = cells[k];
        table[i] = 0;
        table[i] = fingerprint(hashes[k]) ^ table[c.c[0]] ^ table[c.c[1]] ^ table[c.c[2]];
    }
    static const char* digits = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * size);
    for (uint8_t b : table) { hex += digits[b >> 4]; hex += digits[b & 15]; }
    std::string answers;
    for (uint64_t y : queries) {
        const uint64_t h = mix(y + seed);
        const Cells c = cells_of(h, block);
        answers += fingerprint(h) == (table[c.c[0]] ^ table[c.c[1]] ^ table[c.c[2]]) ? '1' : '0';
    }
    std::printf("%llu\n%s\n%s\n", (unsigned long long)seed, hex.c_str(), answers.c_str());
    return 0;
}

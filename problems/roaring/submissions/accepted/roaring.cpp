// Roaring bitmaps (Chambi, Lemire, Kaser & Godin, arXiv:1402.6407): chunks keyed by the 16 high
// bits; array containers (sorted uint16) hold at most 4096 values, bitmap containers 2^16 bits.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <vector>

static const int THRESHOLD = 4096;

struct Container {
    bool is_bitmap = false;
    std::vector<uint16_t> array;  // sorted, when !is_bitmap
    std::vector<uint64_t> bits;   // 1024 words, when is_bitmap
    int card = 0;
};

static Container from_bits(std::vector<uint64_t> bits) {
    Container c;
    for (uint64_t w : bits) c.card += __builtin_popcountll(w);
    if (c.card > THRESHOLD) {
        c.is_bitmap = true;
        c.bits = std::move(bits);
        return c;
    }
    for (int i = 0; i < 1024; ++i)  // small result: back to an array container
        for (uint64_t w = bits[i]; w; w &= w - 1) c.array.push_back((uint16_t)(i * 64 + __builtin_ctzll(w)));
    return c;
}

static std::vector<uint64_t> to_bits(const Container& c) {
    if (c.is_bitmap) return c.bits;
    std::vector<uint64_t> bits(1024, 0);
    for (uint16_t v : c.array) bits[v >> 6] |= 1ULL << (v & 63);
    return bits;
}

static Container from_array(std::vector<uint16_t> lows) {
    if ((int)lows.size() > THRESHOLD) {
        Container tmp;
        tmp.array = std::move(lows);
        return from_bits(to_bits(tmp));
    }
    Container c;
    c.card = (int)lows.size();
    c.array = std::move(lows);
    return c;
}

static Container intersect(const Container& x, const Container& y) {
    if (x.is_bitmap && y.is_bitmap) {
        std::vector<uint64_t> bits(1024);
        for (int i = 0; i < 1024; ++i) bits[i] = x.bits[i] & y.bits[i];
        return from_bits(std::move(bits));
    }
    std::vector<uint16_t> out;
    if (x.is_bitmap || y.is_bitmap) {  // probe the array's values in the bitmap
        const Container& a = x.is_bitmap ? y : x;
        const Container& b = x.is_bitmap ? x : y;
        for (uint16_t v : a.array)
            if (b.bits[v >> 6] >> (v & 63) & 1) out.push_back(v);
    } else {  // merge two sorted arrays
        std::set_intersection(x.array.begin(), x.array.end(), y.array.begin(), y.array.end(),
                              std::back_inserter(out));
    }
    return from_array(std::move(out));
}

static Container unite(const Container& x, const Container& y) {
    if (!x.is_bitmap && !y.is_bitmap && x.card + y.card <= THRESHOLD) {
        std::vector<uint16_t> out;
        std::set_union(x.array.begin(), x.array.end(), y.array.begin(), y.array.end(),
                       std::back_inserter(out));
        return from_array(std::move(out));
    }
    std::vector<uint64_t> bits = to_bits(x), other = to_bits(y);
    for (int i = 0; i < 1024; ++i) bits[i] |= other[i];
    return from_bits(std::move(bits));
}

typedef std::map<uint32_t, Container> Roaring;

static Roaring build(std::vector<uint32_t> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    Roaring r;
    size_t i = 0;
    while (i < v.size()) {
        size_t j = i;
        std::vector<uint16_t> lows;
        while (j < v.size() && (v[j] >> 16) == (v[i] >> 16)) lows.push_back((uint16_t)(v[j++] & 0xFFFF));
        r[v[i] >> 16] = from_array(std::move(lows));
        i = j;
    }
    return r;
}

static void describe(const Roaring& r) {
    long long card = 0, containers = 0, bitmaps = 0;
    for (const auto& kv : r) {
        if (kv.second.card == 0) continue;
        card += kv.second.card;
        ++containers;
        bitmaps += kv.second.is_bitmap;
    }
    std::printf("%lld %lld %lld %lld\n", card, containers, containers - bitmaps, bitmaps);
}

int main() {
    int n, m;
    if (std::scanf("%d %d", &n, &m) != 2) return 1;
    std::vector<uint32_t> va(n), vb(m);
    for (auto& x : va) std::scanf("%u", &x);
    for (auto& x : vb) std::scanf("%u", &x);
    Roaring a = build(va), b = build(vb), both, either;
    for (const auto& kv : a) {
        auto it = b.find(kv.first);
        if (it != b.end()) both[kv.first] = intersect(kv.second, it->second);
        either[kv.first] = it != b.end() ? unite(kv.second, it->second) : kv.second;
    }
    for (const auto& kv : b)
        if (!a.count(kv.first)) either[kv.first] = kv.second;
    describe(a);
    describe(b);
    describe(both);
    describe(either);
    return 0;
}

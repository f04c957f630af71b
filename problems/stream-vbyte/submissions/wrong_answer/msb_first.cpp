// Plausible mistake: the 2-bit codes are packed from the high bits down (value 4k in bits 7..6),
// the convention of some other byte-oriented formats, instead of from the low bits up.
#include <cstddef>
#include <cstdint>
#include <vector>

static inline int byte_length(uint32_t v) {
    return v < (1u << 8) ? 1 : v < (1u << 16) ? 2 : v < (1u << 24) ? 3 : 4;
}

void encode(const std::vector<uint32_t>& values, std::vector<uint8_t>& control,
            std::vector<uint8_t>& data) {
    control.assign((values.size() + 3) / 4, 0);
    data.clear();
    for (size_t i = 0; i < values.size(); ++i) {
        const int len = byte_length(values[i]);
        control[i >> 2] |= (uint8_t)((len - 1) << (6 - 2 * (i & 3)));
        for (int b = 0; b < len; ++b) data.push_back((uint8_t)(values[i] >> (8 * b)));
    }
}

std::vector<uint32_t> decode(const std::vector<uint8_t>& control, const std::vector<uint8_t>& data,
                             size_t n) {
    std::vector<uint32_t> out(n);
    size_t pos = 0;
    for (size_t i = 0; i < n; ++i) {
        const int len = ((control[i >> 2] >> (6 - 2 * (i & 3))) & 3) + 1;
        uint32_t v = 0;
        for (int b = 0; b < len; ++b) v |= (uint32_t)data[pos + b] << (8 * b);
        out[i] = v;
        pos += len;
    }
    return out;
}

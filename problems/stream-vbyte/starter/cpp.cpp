// Stream VByte: a control stream of 2-bit codes (byte length - 1, first value in the low bits)
// and a data stream of little-endian value bytes.
#include <cstddef>
#include <cstdint>
#include <vector>

void encode(const std::vector<uint32_t>& values, std::vector<uint8_t>& control,
            std::vector<uint8_t>& data) {
    control.assign((values.size() + 3) / 4, 0);
    data.clear();
    // TODO
}

std::vector<uint32_t> decode(const std::vector<uint8_t>& control, const std::vector<uint8_t>& data,
                             size_t n) {
    std::vector<uint32_t> out(n);
    // TODO
    return out;
}

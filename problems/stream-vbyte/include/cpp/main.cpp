// Harness for stream-vbyte: reads the queries, calls your encode/decode, prints the results.
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

// Defined in your solution.cpp.
void encode(const std::vector<uint32_t>& values, std::vector<uint8_t>& control,
            std::vector<uint8_t>& data);
std::vector<uint32_t> decode(const std::vector<uint8_t>& control, const std::vector<uint8_t>& data,
                             size_t n);

static std::vector<uint8_t> from_hex(const std::string& s) {
    auto nib = [](char c) { return c <= '9' ? c - '0' : (c | 32) - 'a' + 10; };
    std::vector<uint8_t> out(s.size() / 2);
    for (size_t i = 0; i < out.size(); ++i) out[i] = (uint8_t)(nib(s[2 * i]) << 4 | nib(s[2 * i + 1]));
    return out;
}

static std::string to_hex(const std::vector<uint8_t>& bytes) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (uint8_t b : bytes) { out += digits[b >> 4]; out += digits[b & 15]; }
    return out;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int t;
    std::cin >> t;
    std::string out;
    for (int q = 0; q < t; ++q) {
        std::string kind;
        size_t n;
        std::cin >> kind >> n;
        if (kind == "E") {
            std::vector<uint32_t> values(n);
            for (auto& v : values) std::cin >> v;
            std::vector<uint8_t> control, data;
            encode(values, control, data);
            out += to_hex(control) + " " + to_hex(data) + "\n";
        } else {
            std::string c, d;
            std::cin >> c >> d;
            std::vector<uint32_t> values = decode(from_hex(c), from_hex(d), n);
            for (size_t i = 0; i < values.size(); ++i) {
                if (i) out += ' ';
                out += std::to_string(values[i]);
            }
            out += "\n";
        }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

// 128-bit arithmetic holds 10^36; printed digit by digit since iostream has no __int128 output.
#include <iostream>
#include <string>

int main() {
    unsigned long long n;
    std::cin >> n;
    unsigned __int128 square = static_cast<unsigned __int128>(n) * n;
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(square % 10)));
        square /= 10;
    } while (square != 0);
    std::cout << digits << '\n';
}

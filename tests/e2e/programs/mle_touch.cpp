// Allocates 1 GiB filled with ones, so all of it becomes resident.
#include <iostream>
#include <vector>

int main() {
    std::vector<char> block(std::size_t{1} << 30, 1);
    long long a = 0;
    std::cin >> a;
    // Reading a byte chosen by the input keeps the fill from being optimised away.
    std::cout << int(block[static_cast<std::size_t>(a < 0 ? -a : a) % block.size()]) << '\n';
}

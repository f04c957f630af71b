// Prints without end: the output limit must stop it before the time limit does.
#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    const std::string line(4095, '1');
    for (;;) std::cout << line << '\n';
}

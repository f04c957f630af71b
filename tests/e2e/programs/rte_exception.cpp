// An uncaught exception: std::terminate aborts the process (SIGABRT).
#include <iostream>
#include <stdexcept>
#include <string>

int main() {
    long long a, b;
    std::cin >> a >> b;
    throw std::runtime_error("refusing to add " + std::to_string(a) + " and " + std::to_string(b));
}

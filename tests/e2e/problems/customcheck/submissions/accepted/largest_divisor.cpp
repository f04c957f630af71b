// Prints n / p for the smallest prime factor p: a different answer from the answer file's, which
// only a custom output validator can accept.
#include <iostream>

int main() {
    long long n;
    std::cin >> n;
    long long d = 2;
    while (n % d != 0) ++d;
    std::cout << n / d << '\n';
}

#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    int nwords, k, nq;
    std::cin >> nwords >> k >> nq;
    std::vector<std::string> words(nwords);
    std::vector<long long> counts(nwords);
    for (int w = 0; w < nwords; ++w) std::cin >> words[w] >> counts[w];
    std::vector<std::pair<std::string, std::string>> merges;
    // TODO: learn up to k merges (most frequent pair, ties to the smallest (left, right)),
    // updating only the words that contain the merged pair
    std::cout << merges.size() << '\n';
    for (auto& m : merges) std::cout << m.first << ' ' << m.second << '\n';
    for (int q = 0; q < nq; ++q) {
        std::string s;
        std::cin >> s;
        // TODO: segment s with the learned merges (earliest-learned pair first)
        for (char ch : s) std::cout << ch << ' ';
        std::cout << "_\n";
    }
    return 0;
}

// Reference: byte-pair encoding (Sennrich, Haddow & Birch, arXiv:1508.07909, Section 3.2,
// Algorithm 1) with incremental pair counts: only the words containing the merged pair are
// updated, and an ordered set yields the most frequent pair (ties: smallest (left, right)).
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace std;
using Pair = pair<string, string>;

static vector<string> merge_word(const vector<string>& s, const string& a, const string& b) {
    vector<string> out;
    for (size_t i = 0; i < s.size();) {
        if (i + 1 < s.size() && s[i] == a && s[i + 1] == b) { out.push_back(a + b); i += 2; }
        else { out.push_back(s[i]); i += 1; }
    }
    return out;
}

int main() {
    ios::sync_with_stdio(false);
    int nwords, k, nq;
    cin >> nwords >> k >> nq;
    vector<vector<string>> words(nwords);
    vector<long long> counts(nwords);
    for (int w = 0; w < nwords; ++w) {
        string s;
        cin >> s >> counts[w];
        for (char ch : s) words[w].push_back(string(1, ch));
        words[w].push_back("_");                          // end-of-word symbol
    }
    map<Pair, long long> freq;                            // pair -> weighted occurrences
    map<Pair, set<int>> where;                            // pair -> words that may contain it
    set<tuple<long long, string, string>> best;           // (-freq, left, right)
    auto adjust = [&](const Pair& p, long long delta) {
        long long& f = freq[p];
        if (f > 0) best.erase({-f, p.first, p.second});
        f += delta;
        if (f > 0) best.insert({-f, p.first, p.second});
    };
    for (int w = 0; w < nwords; ++w)
        for (size_t i = 0; i + 1 < words[w].size(); ++i) {
            Pair p{words[w][i], words[w][i + 1]};
            adjust(p, counts[w]);
            where[p].insert(w);
        }
    vector<Pair> merges;
    while ((int)merges.size() < k && !best.empty()) {
        auto [negf, a, b] = *best.begin();
        merges.push_back({a, b});
        set<int> ids = move(where[{a, b}]);
        where.erase({a, b});
        for (int w : ids) {
            vector<string> nw = merge_word(words[w], a, b);
            if (nw.size() == words[w].size()) continue;
            for (size_t i = 0; i + 1 < words[w].size(); ++i) adjust({words[w][i], words[w][i + 1]}, -counts[w]);
            for (size_t i = 0; i + 1 < nw.size(); ++i) {
                Pair p{nw[i], nw[i + 1]};
                adjust(p, counts[w]);
                where[p].insert(w);
            }
            words[w] = move(nw);
        }
    }
    map<Pair, int> rank;
    for (int i = 0; i < (int)merges.size(); ++i) rank.insert({merges[i], i});  // first index counts
    cout << merges.size() << '\n';
    for (auto& m : merges) cout << m.first << ' ' << m.second << '\n';
    for (int q = 0; q < nq; ++q) {
        string s;
        cin >> s;
        vector<string> sym;
        for (char ch : s) sym.push_back(string(1, ch));
        sym.push_back("_");
        while (true) {                                    // earliest-learned pair first
            int r = -1;
            Pair p;
            for (size_t i = 0; i + 1 < sym.size(); ++i) {
                auto it = rank.find({sym[i], sym[i + 1]});
                if (it != rank.end() && (r < 0 || it->second < r)) { r = it->second; p = it->first; }
            }
            if (r < 0) break;
            sym = merge_word(sym, p.first, p.second);
        }
        for (size_t i = 0; i < sym.size(); ++i) cout << (i ? " " : "") << sym[i];
        cout << '\n';
    }
    return 0;
}

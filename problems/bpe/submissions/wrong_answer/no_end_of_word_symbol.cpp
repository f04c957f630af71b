// Wrong: forgets the end-of-word symbol, so word-final and word-internal occurrences of a
// character sequence are merged alike (the paper appends a special end symbol to every word).
// Otherwise follows the statement (naive recount, fine for the small tests where it fails).
#include <iostream>
#include <map>
#include <string>
#include <vector>

using namespace std;

static vector<string> merge_word(const vector<string>& s, const string& a, const string& b) {
    vector<string> out;
    for (size_t i = 0; i < s.size();) {
        if (i + 1 < s.size() && s[i] == a && s[i + 1] == b) { out.push_back(a + b); i += 2; }
        else { out.push_back(s[i]); i += 1; }
    }
    return out;
}

int main() {
    int nwords, k, nq;
    cin >> nwords >> k >> nq;
    vector<vector<string>> words(nwords);
    vector<long long> counts(nwords);
    for (int w = 0; w < nwords; ++w) {
        string s;
        cin >> s >> counts[w];
        for (char ch : s) words[w].push_back(string(1, ch));
    }
    vector<pair<string, string>> merges;
    while ((int)merges.size() < k) {
        map<pair<string, string>, long long> freq;
        for (int w = 0; w < nwords; ++w)
            for (size_t i = 0; i + 1 < words[w].size(); ++i) freq[{words[w][i], words[w][i + 1]}] += counts[w];
        if (freq.empty()) break;
        auto best = freq.begin();
        for (auto it = freq.begin(); it != freq.end(); ++it)
            if (it->second > best->second) best = it;
        merges.push_back(best->first);
        for (auto& w : words) w = merge_word(w, best->first.first, best->first.second);
    }
    map<pair<string, string>, int> rank;
    for (int i = 0; i < (int)merges.size(); ++i) rank.insert({merges[i], i});
    cout << merges.size() << '\n';
    for (auto& m : merges) cout << m.first << ' ' << m.second << '\n';
    for (int q = 0; q < nq; ++q) {
        string s;
        cin >> s;
        vector<string> sym;
        for (char ch : s) sym.push_back(string(1, ch));
        while (true) {
            int r = -1;
            pair<string, string> p;
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

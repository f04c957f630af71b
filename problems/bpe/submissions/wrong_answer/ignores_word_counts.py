# Wrong: counts every pair occurrence once, ignoring how often the word occurs in the corpus
# (the counts next to the words). The merges then follow the vocabulary, not the text.
import sys
from collections import defaultdict


def merge_word(symbols, left, right):
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == left and symbols[i + 1] == right:
            out.append(left + right)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def main():
    data = sys.stdin.read().split()
    nwords, k, nqueries = int(data[0]), int(data[1]), int(data[2])
    words = [list(data[3 + 2 * i]) + ["_"] for i in range(nwords)]
    counts = [int(data[4 + 2 * i]) for i in range(nwords)]
    queries = data[3 + 2 * nwords:3 + 2 * nwords + nqueries]
    merges = []
    while len(merges) < k:
        freq = defaultdict(int)
        for symbols, cnt in zip(words, counts):
            for pair in zip(symbols, symbols[1:]):
                freq[pair] += 1
        if not freq:
            break
        _, a, b = min((-f, a, b) for (a, b), f in freq.items())
        merges.append((a, b))
        words = [merge_word(w, a, b) for w in words]
    rank = {}
    for i, pair in enumerate(merges):
        rank.setdefault(pair, i)
    out = [str(len(merges))] + [f"{a} {b}" for a, b in merges]
    for q in queries:
        symbols = list(q) + ["_"]
        while True:
            found = [(rank[p], p) for p in zip(symbols, symbols[1:]) if p in rank]
            if not found:
                break
            symbols = merge_word(symbols, *min(found)[1])
        out.append(" ".join(symbols))
    sys.stdout.write("\n".join(out) + "\n")


main()

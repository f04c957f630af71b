# Reference: byte-pair encoding as in Sennrich, Haddow & Birch (arXiv:1508.07909), Section 3.2
# and Algorithm 1: start from characters plus an end-of-word symbol, repeatedly merge the most
# frequent adjacent symbol pair. Like the authors' released learner, pair counts are updated
# incrementally (only the words that contain the merged pair are touched) and the best pair
# comes from a priority queue, instead of recounting the whole vocabulary after every merge.
import heapq
import sys
from collections import defaultdict


def merge_word(symbols, left, right):
    """Replace non-overlapping occurrences of (left, right), scanning left to right."""
    out = []
    i = 0
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
    words, counts = [], []
    for i in range(nwords):
        words.append(list(data[3 + 2 * i]) + ["_"])           # characters + end-of-word symbol
        counts.append(int(data[4 + 2 * i]))
    queries = data[3 + 2 * nwords:3 + 2 * nwords + nqueries]

    freq = defaultdict(int)              # pair -> sum over words of count * occurrences
    where = defaultdict(set)             # pair -> words that may contain it
    for w, (symbols, cnt) in enumerate(zip(words, counts)):
        for pair in zip(symbols, symbols[1:]):
            freq[pair] += cnt
            where[pair].add(w)
    heap = [(-f, a, b) for (a, b), f in freq.items()]     # max count, then smallest (left, right)
    heapq.heapify(heap)

    merges = []
    while len(merges) < k and heap:
        negf, a, b = heapq.heappop(heap)
        if freq.get((a, b), 0) != -negf or negf == 0:
            continue                                        # stale heap entry
        merges.append((a, b))
        changed = set()
        for w in list(where.pop((a, b), ())):
            old = words[w]
            new = merge_word(old, a, b)
            if len(new) == len(old):
                continue
            cnt = counts[w]
            for pair in zip(old, old[1:]):                  # remove the word's old pairs ...
                freq[pair] -= cnt
                changed.add(pair)
            for pair in zip(new, new[1:]):                  # ... and add its new ones
                freq[pair] += cnt
                where[pair].add(w)
                changed.add(pair)
            words[w] = new
        for pair in changed:
            f = freq[pair]
            if f > 0:
                heapq.heappush(heap, (-f, pair[0], pair[1]))
            else:
                del freq[pair]

    rank = {}
    for i, pair in enumerate(merges):
        rank.setdefault(pair, i)                            # the first index of a pair counts
    out = [str(len(merges))] + [f"{a} {b}" for a, b in merges]
    for q in queries:
        symbols = list(q) + ["_"]
        while True:                                         # merge the earliest-learned pair first
            best = min((rank[p], p) for p in zip(symbols, symbols[1:]) if p in rank) \
                if any(p in rank for p in zip(symbols, symbols[1:])) else None
            if best is None:
                break
            symbols = merge_word(symbols, *best[1])
        out.append(" ".join(symbols))
    sys.stdout.write("\n".join(out) + "\n")


main()

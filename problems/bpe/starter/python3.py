import sys


def main():
    data = sys.stdin.read().split()
    nwords, k, nqueries = int(data[0]), int(data[1]), int(data[2])
    words = [list(data[3 + 2 * i]) + ["_"] for i in range(nwords)]
    counts = [int(data[4 + 2 * i]) for i in range(nwords)]
    queries = data[3 + 2 * nwords:3 + 2 * nwords + nqueries]
    merges = []
    # TODO: learn up to k merges (most frequent pair, ties to the smallest (left, right)),
    # updating only the words that contain the merged pair; then segment every query
    print(len(merges))
    for a, b in merges:
        print(a, b)
    for q in queries:
        print(" ".join(list(q) + ["_"]))


main()

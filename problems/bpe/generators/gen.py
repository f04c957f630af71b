#!/usr/bin/env python3
"""Writes data/sample and data/secret for bpe; answers come from the python3 accepted solution.
Deterministic (one random.Random(seed) per test). Words come from a small syllable model with
Zipf-like counts, so that the merges look like real subword units."""
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONSETS = ["", "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w",
          "st", "tr", "ch", "sh", "th", "pl", "gr"]
VOWELS = ["a", "e", "i", "o", "u", "ea", "ou", "ai", "y"]
CODAS = ["", "", "", "n", "r", "s", "t", "ng", "ck", "st", "ll", "d"]


def case(vocab, k, queries):
    lines = [f"{len(vocab)} {k} {len(queries)}"] + [f"{w} {c}" for w, c in vocab] + list(queries)
    return "\n".join(lines) + "\n"


def random_word(rng, max_syllables):
    while True:
        word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
                       for _ in range(rng.randint(1, max_syllables)))
        if 1 <= len(word) <= 20:
            return word


def random_case(seed, nwords, k, nqueries, max_syllables=4, zipf=True):
    rng = random.Random(seed)
    seen, vocab = set(), []
    while len(vocab) < nwords:
        w = random_word(rng, max_syllables)
        if w not in seen:
            seen.add(w)
            count = max(1, int(100000 / (len(vocab) + 1) ** 0.9)) if zipf else rng.randint(1, 50)
            vocab.append((w, count))
    rng.shuffle(vocab)
    queries = [random_word(rng, max_syllables + 1) for _ in range(nqueries)]
    return case(vocab, k, queries)


SAMPLES = [
    case([("low", 5), ("lower", 2), ("newest", 6), ("widest", 3)], 10, ["lowest", "newer", "wider"]),
    case([("aaaa", 2), ("ab", 3)], 4, ["aaaaa", "ba", "abab"]),
]


def secret_cases():
    yield "01-single-letter", case([("a", 1)], 5, ["a", "aa", "b"])
    yield "02-runs-out-of-pairs", case([("ab", 4), ("abc", 1)], 100, ["abc", "cab"])
    yield "03-all-ties", case([("ab", 1), ("cd", 1), ("ef", 1), ("gh", 1)], 6, ["abcdefgh", "hgfedcba"])
    yield "04-overlapping-runs", case([("aaaaaa", 3), ("aaa", 5), ("aa", 1), ("baaab", 2)], 8,
                                      ["aaaaaaaaa", "aab", "baaaab"])
    yield "05-unseen-characters", case([("the", 50), ("then", 20), ("there", 10), ("other", 7)], 12,
                                       ["thezq", "xyz", "othere", "t"])
    yield "06-heavy-counts", case([("hug", 1000000), ("pug", 999999), ("pun", 1000000), ("bun", 4),
                                   ("hugs", 5)], 20, ["hugs", "bugs", "puns", "hunt"])
    yield "07-small-random", random_case(7, 40, 30, 20, max_syllables=2)
    yield "08-medium", random_case(8, 500, 300, 100)
    yield "09-uniform-counts", random_case(9, 2000, 800, 300, zipf=False)
    yield "10-large", random_case(10, 5000, 1500, 500)
    yield "11-large-many-merges", random_case(11, 4000, 3000, 1000, max_syllables=5)


def write(directory, name, text):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.in").write_text(text)
    answer = subprocess.run([sys.executable, str(ROOT / "submissions" / "accepted" / "bpe.py")],
                            input=text, capture_output=True, text=True, check=True)
    (directory / f"{name}.ans").write_text(answer.stdout)


def main():
    for i, text in enumerate(SAMPLES, 1):
        write(ROOT / "data" / "sample", f"{i:02d}", text)
    for name, text in secret_cases():
        write(ROOT / "data" / "secret", name, text)


if __name__ == "__main__":
    main()

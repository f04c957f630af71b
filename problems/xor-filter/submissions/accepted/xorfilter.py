# Xor filter (Graf & Lemire, arXiv:1912.08258): Algorithm 2 (peeling the 3-hypergraph of keys and
# cells, then assigning fingerprints in reverse order) and Algorithm 1 (membership query),
# with 8-bit fingerprints and the hash functions fixed by the statement.
import sys
from collections import deque

MASK = (1 << 64) - 1


def mix(z: int) -> int:  # MurmurHash3's 64-bit finalizer
    z = ((z ^ (z >> 33)) * 0xFF51AFD7ED558CCD) & MASK
    z = ((z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53) & MASK
    return z ^ (z >> 33)


def rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (64 - r))) & MASK


def positions(h: int, block: int) -> tuple[int, int, int]:
    """One cell in each third of the array: reduce(x, L) = ((x mod 2^32) * L) >> 32."""
    return (((h & 0xFFFFFFFF) * block) >> 32,
            block + (((rotl(h, 21) & 0xFFFFFFFF) * block) >> 32),
            2 * block + (((rotl(h, 42) & 0xFFFFFFFF) * block) >> 32))


def fingerprint(h: int) -> int:
    return (h ^ (h >> 32)) & 0xFF


def peel(cells: list[tuple[int, int, int]], block: int):
    """Algorithm 2's mapping step over the keys' cells; returns the stack of (key index, cell),
    or None when peeling gets stuck (the hypergraph has a 2-core)."""
    size = 3 * block
    count = [0] * size
    xor_keys = [0] * size  # xor of the (indices of the) keys in each cell: the lone one at count 1
    for k, trio in enumerate(cells):
        for j in trio:
            count[j] += 1
            xor_keys[j] ^= k
    queue = deque(i for i in range(size) if count[i] == 1)
    stack = []
    while queue:
        i = queue.popleft()
        if count[i] != 1:
            continue
        k = xor_keys[i]
        stack.append((k, i))
        for j in cells[k]:
            xor_keys[j] ^= k
            count[j] -= 1
            if count[j] == 1:
                queue.append(j)
    return stack if len(stack) == len(cells) else None


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, seed = int(data[0]), int(data[1])
    keys = [int(x) for x in data[2 : 2 + n]]
    q = int(data[2 + n])
    queries = [int(x) for x in data[3 + n : 3 + n + q]]

    block = (32 + (123 * n + 99) // 100) // 3  # capacity 32 + ceil(1.23 n), in three blocks
    while True:
        hashes = [mix((x + seed) & MASK) for x in keys]
        cells = [positions(h, block) for h in hashes]
        stack = peel(cells, block)
        if stack is not None:
            break
        seed = (seed + 1) & MASK  # peeling failed: try the next seed
    table = bytearray(3 * block)
    for k, i in reversed(stack):  # assign: key k's own cell makes its three cells xor to f(x)
        a, b, c = cells[k]
        table[i] = 0
        table[i] = fingerprint(hashes[k]) ^ table[a] ^ table[b] ^ table[c]
    answers = []
    for y in queries:  # Algorithm 1
        h = mix((y + seed) & MASK)
        a, b, c = positions(h, block)
        answers.append("1" if fingerprint(h) == table[a] ^ table[b] ^ table[c] else "0")
    sys.stdout.write(f"{seed}\n{table.hex()}\n{''.join(answers)}\n")


main()

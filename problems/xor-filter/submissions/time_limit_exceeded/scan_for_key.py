# Correct but quadratic: to find the lone key of a cell it scans all keys, instead of keeping
# the xor of the keys of each cell (O(n) per peeled key).
import sys

MASK = (1 << 64) - 1


def mix(z: int) -> int:
    z = ((z ^ (z >> 33)) * 0xFF51AFD7ED558CCD) & MASK
    z = ((z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53) & MASK
    return z ^ (z >> 33)


def rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (64 - r))) & MASK


def positions(h: int, block: int) -> tuple[int, int, int]:
    return (((h & 0xFFFFFFFF) * block) >> 32,
            block + (((rotl(h, 21) & 0xFFFFFFFF) * block) >> 32),
            2 * block + (((rotl(h, 42) & 0xFFFFFFFF) * block) >> 32))


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, seed = int(data[0]), int(data[1])
    keys = [int(x) for x in data[2 : 2 + n]]
    q = int(data[2 + n])
    queries = [int(x) for x in data[3 + n : 3 + n + q]]
    block = (32 + (123 * n + 99) // 100) // 3
    size = 3 * block
    while True:
        hashes = [mix((x + seed) & MASK) for x in keys]
        cells = [positions(h, block) for h in hashes]
        count, xk = [0] * size, [0] * size
        for k, trio in enumerate(cells):
            for j in trio:
                count[j] += 1
                xk[j] ^= k
        todo = [i for i in range(size) if count[i] == 1]
        stack, peeled, head = [], [False] * n, 0
        while head < len(todo):
            i = todo[head]  # FIFO
            head += 1
            if count[i] != 1:
                continue
            k = next(k for k in range(n) if not peeled[k] and i in cells[k])  # linear scan
            peeled[k] = True
            stack.append((k, i))
            for j in cells[k]:
                xk[j] ^= k
                count[j] -= 1
                if count[j] == 1:
                    todo.append(j)
        if len(stack) == n:
            break
        seed = (seed + 1) & MASK
    table = bytearray(size)
    for k, i in reversed(stack):
        a, b, c = cells[k]
        table[i] = 0
        table[i] = ((hashes[k] ^ (hashes[k] >> 32)) & 0xFF) ^ table[a] ^ table[b] ^ table[c]
    out = []
    for y in queries:
        h = mix((y + seed) & MASK)
        a, b, c = positions(h, block)
        out.append("1" if (h ^ (h >> 32)) & 0xFF == table[a] ^ table[b] ^ table[c] else "0")
    sys.stdout.write(f"{seed}\n{table.hex()}\n{''.join(out)}\n")


main()

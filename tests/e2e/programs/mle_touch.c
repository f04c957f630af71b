/* Allocates 1 GiB and writes every byte, so all of it becomes resident. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    size_t size = (size_t)1 << 30;
    char *block = malloc(size);
    if (block == NULL) return 1;
    memset(block, 1, size);
    long long a = 0;
    if (scanf("%lld", &a) != 1) return 1;
    /* Reading a byte chosen by the input keeps the memset from being optimised away. */
    printf("%d\n", block[(size_t)(a < 0 ? -a : a) % size]);
    return 0;
}

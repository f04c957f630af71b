/* A 32-bit sum: right on the samples and small cases, wrong once |a + b| exceeds 2^31 - 1. */
#include <stdint.h>
#include <stdio.h>

int main(void) {
    int32_t a, b;
    if (scanf("%d %d", &a, &b) != 2) return 1;
    /* Wraps the way a plain int addition does on this machine, without the undefined behaviour. */
    int32_t sum = (int32_t)((uint32_t)a + (uint32_t)b);
    printf("%d\n", sum);
    return 0;
}

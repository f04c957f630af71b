/* Squares modulo 2^64: all of group 1 (40 points), and one case of group 2, which is all or
   nothing. */
#include <stdio.h>

int main(void) {
    unsigned long long n;
    if (scanf("%llu", &n) != 1) return 1;
    printf("%llu\n", n * n);
    return 0;
}

/* kill(-1, SIGKILL): every process this one may signal, which must not include the judge;
 * then answer correctly, to show that the run itself went on. */
#include <signal.h>
#include <stdio.h>

int main(void) {
    kill(-1, SIGKILL);
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    printf("%lld\n", a + b);
    return 0;
}

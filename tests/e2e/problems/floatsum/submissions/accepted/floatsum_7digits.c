/* Sums in double and prints 7 significant digits: the text differs from the answer file, so only
   the float tolerance accepts it. */
#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
        double x;
        if (scanf("%lf", &x) != 1) return 1;
        sum += x;
    }
    printf("%.7g\n", sum);
    return 0;
}

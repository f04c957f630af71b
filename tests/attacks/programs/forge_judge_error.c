/* Print what the sandbox prints when it fails to start, and exit as it does: a judge error on
 * demand would let a submission blame the judge. */
#include <stdio.h>

int main(void) {
    fputs("bwrap: Can't mount proc on /newroot/proc: Operation not permitted\n", stderr);
    return 1;
}

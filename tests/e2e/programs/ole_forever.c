/* Prints without end: the output limit must stop it before the time limit does. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[4096];
    memset(line, '1', sizeof line - 1);
    line[sizeof line - 1] = '\n';
    for (;;) fwrite(line, 1, sizeof line, stdout);
}

/* Write to stderr forever: stderr is not judged, but it is output all the same. */
#include <stdio.h>
#include <string.h>

int main(void) {
    static char buf[1 << 16];
    memset(buf, 'x', sizeof buf);
    for (;;) fwrite(buf, 1, sizeof buf, stderr);
}

/* Fill /tmp with 1 MiB files (each under the file size limit) until a write fails. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    static char buf[1 << 20];
    memset(buf, 'x', sizeof buf);
    for (long i = 0;; i++) {
        char name[64];
        snprintf(name, sizeof name, "/tmp/fill-%ld", i);
        FILE *f = fopen(name, "w");
        if (!f || fwrite(buf, 1, sizeof buf, f) != sizeof buf || fclose(f) != 0) {
            printf("file %ld: %s\n", i, strerror(errno));
            return 1;
        }
    }
}

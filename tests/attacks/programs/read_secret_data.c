/* Print the problem's hidden answer by its host path, or why it cannot be read; and what the
 * directory holds. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    const char *path = "@@SECRET_DATA@@";
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("%s: %s\n", path, strerror(errno));
    } else {
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, stdout);
        fclose(f);
    }
    DIR *d = opendir("@@DATA_DIR@@");
    if (!d) {
        printf("%s: %s\n", "@@DATA_DIR@@", strerror(errno));
        return 0;
    }
    for (struct dirent *e; (e = readdir(d));) printf("listed %s\n", e->d_name);
    closedir(d);
    return 0;
}

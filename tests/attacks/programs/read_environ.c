/* Print every environment in reach: pid 1's, the parent's, every visible process's, its own.
 * The judge's secrets must be in none of them. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

static void dump(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("%s: %s\n", path, strerror(errno));
        return;
    }
    printf("%s:", path);
    for (int c; (c = fgetc(f)) != EOF;) putchar(c ? c : ' ');
    putchar('\n');
    fclose(f);
}

int main(void) {
    char path[64];
    dump("/proc/1/environ");
    snprintf(path, sizeof path, "/proc/%d/environ", (int)getppid());
    dump(path);
    DIR *d = opendir("/proc");
    for (struct dirent *e; d && (e = readdir(d));) {
        if (!isdigit((unsigned char)e->d_name[0])) continue;
        snprintf(path, sizeof path, "/proc/%.20s/environ", e->d_name);
        dump(path);
    }
    if (d) closedir(d);
    for (char **e = environ; *e; e++) printf("own %s\n", *e);
    return 0;
}

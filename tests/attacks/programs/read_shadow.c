/* Print the host's password hashes, or why they cannot be read; and what /etc holds. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    const char *path = "/etc/shadow";
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("%s: %s\n", path, strerror(errno));
    } else {
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, stdout);
        fclose(f);
    }
    DIR *d = opendir("/etc");
    if (!d) {
        printf("%s: %s\n", "/etc", strerror(errno));
        return 0;
    }
    for (struct dirent *e; (e = readdir(d));) printf("listed %s\n", e->d_name);
    closedir(d);
    return 0;
}

/* Mount filesystems: a tmpfs over the toolchain, a new proc, and the host's root again. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>

int main(void) {
    printf("tmpfs: %s\n", mount("none", "/usr", "tmpfs", 0, 0) ? strerror(errno) : "mounted");
    printf("proc: %s\n", mount("proc", "/tmp", "proc", 0, 0) ? strerror(errno) : "mounted");
    printf("bind: %s\n", mount("/", "/tmp", 0, MS_BIND, 0) ? strerror(errno) : "mounted");
    return 0;
}

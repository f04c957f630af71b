/* Create files outside the work dir: in the toolchain, in /etc, at the root, next to the
 * problem's data, in the worker's home, and in /tmp (the box's own, which the host must not see). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char *paths[] = {
    "/usr/bin/leetarxiv-pwned", "/etc/leetarxiv-pwned", "/leetarxiv-pwned",
    "@@DATA_DIR@@/leetarxiv-pwned", "@@HOME@@/leetarxiv-pwned", "/tmp/leetarxiv-pwned",
    "/proc/sys/kernel/core_pattern", 0,
};

int main(void) {
    for (int i = 0; paths[i]; i++) {
        int fd = open(paths[i], O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || write(fd, "|/pwned\n", 8) != 8)
            printf("%s: %s\n", paths[i], strerror(errno));
        else
            printf("%s: written\n", paths[i]);
        if (fd >= 0) close(fd);
    }
    return 0;
}

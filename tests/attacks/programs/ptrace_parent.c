/* Attach to the parent process with ptrace, to read or steer it. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <unistd.h>

int main(void) {
    long r = ptrace(PTRACE_ATTACH, getppid(), 0, 0);
    printf("ptrace: %ld %s\n", r, r ? strerror(errno) : "attached");
    return 0;
}

/*
 * leetarxiv-spawn: start a box's program as the child of a process that holds almost no memory.
 *
 * The peak RSS that wait4 reports for a process includes the memory of the image it replaced by
 * exec. The box's runner is Python: a program forked from it would start at the runner's ~12 MiB,
 * and at more while the runner holds a large test input. So the runner's child execs this small
 * static binary instead, which forks the program and exits: the program is then an orphan of the
 * runner (pid 1 of the container), which reaps it and reads the program's own rusage.
 *
 * The program's pid is written to FD before the program may run any code of its own (it waits
 * for the pipe below to close), so a program cannot keep the runner from learning it.
 *
 * Usage (by the runner only): leetarxiv-spawn FD PROGRAM [ARG...]
 * Exit status: 0 once the pid is written; 126 if the fork failed. A program that cannot be
 * executed exits 127 with a message on stderr, as a shell's would.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: leetarxiv-spawn FD PROGRAM [ARG...]\n");
        return 2;
    }
    int fd = atoi(argv[1]);
    int go[2];
    if (pipe(go) != 0) {
        perror("leetarxiv-spawn: pipe");
        return 126;
    }
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "leetarxiv: cannot start %s: %s\n", argv[2], strerror(errno));
        return 126;
    }
    if (pid == 0) {
        char byte;
        close(go[1]);
        close(fd);
        while (read(go[0], &byte, 1) < 0 && errno == EINTR) {
        }
        close(go[0]);
        execvp(argv[2], argv + 2);
        fprintf(stderr, "leetarxiv: cannot execute %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    close(go[0]);
    dprintf(fd, "%d", (int)pid);
    close(fd);
    close(go[1]); /* the program may run now */
    return 0;
}

/*
 * The init of a warm box: bwrap builds the box's namespaces once and execs this as pid 1; the
 * host then sends it one request per run on a Unix socket, and it forks, execs and reports.
 *
 * A request is one SOCK_SEQPACKET message: a header, the rlimits, argv and the environment as
 * NUL-terminated strings; and, as SCM_RIGHTS, the run's stdin, stdout and stderr followed by the
 * cgroup.procs files of the run's cgroups, opened by the host. The forked child writes "0" into
 * each of those (the kernel checks the opener's credentials), so it is inside the run's cgroups
 * before it does anything else; then it takes its stdio, lowers its rlimits and execs. The reply
 * is the child's wait status and rusage, read by wait4: not an exit code that a launcher made up.
 *
 * The program runs as the same uid as this init, so the init protects itself by what it is:
 * pid 1 of its pid namespace, which no signal from inside the namespace can kill unless it has a
 * handler (it installs none); not dumpable, so /proc/1/mem, /proc/1/fd and ptrace are closed to a
 * process without CAP_SYS_PTRACE; and the seccomp filter, which bwrap loaded before exec and which
 * every child inherits, refuses ptrace and prlimit on another process. The host kills what is left
 * of a run through its cgroup; before the next run the init reaps orphans, empties /tmp and
 * /dev/shm and removes System V IPC objects, so a run inherits no state but the work dir.
 *
 * Usage (by the host only): leetarxiv-init CONTROL_FD
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define PROTOCOL_VERSION 1
#define MAX_REQUEST (1 << 20) /* argv and environment, all told */
#define MAX_FDS 16            /* stdin, stdout, stderr and one per cgroup hierarchy */
#define MAX_STRINGS 65536
#define MAX_RLIMITS 16
#define MAX_DEPTH 64 /* of directories left in /tmp; deeper ones go when the box closes */

/* Linux's *_STAT_ANY commands (4.17+): list IPC objects whatever their permissions. */
#ifndef SHM_STAT_ANY
#define SHM_STAT_ANY 15
#endif
#ifndef SEM_STAT_ANY
#define SEM_STAT_ANY 20
#endif
#ifndef MSG_STAT_ANY
#define MSG_STAT_ANY 13
#endif

enum reply_kind { REPLY_READY = 1, REPLY_EXITED = 2, REPLY_FAILED = 3 };
enum stage { STAGE_SETUP = 1, STAGE_EXEC = 2 };

struct request_header {
    uint32_t version;
    uint32_t rlimits;
    uint32_t argc;
    uint32_t envc;
};

struct request_rlimit {
    uint32_t resource;
    uint32_t pad;
    uint64_t soft;
    uint64_t hard;
};

struct reply {
    uint32_t kind;
    int32_t value; /* wait status (EXITED), errno (FAILED) */
    int64_t utime_us;
    int64_t stime_us;
    int64_t maxrss_kb;
};

struct request {
    const struct request_rlimit *rlimits;
    uint32_t nrlimits;
    char **argv;
    char **envp;
    int fds[MAX_FDS];
    int nfds;
};

static int control;
static char message[MAX_REQUEST] __attribute__((aligned(8)));
static char *strings[MAX_STRINGS + 2];

static void send_reply(uint32_t kind, int32_t value, const struct rusage *ru) {
    struct reply r = {.kind = kind, .value = value};
    if (ru) {
        r.utime_us = (int64_t)ru->ru_utime.tv_sec * 1000000 + ru->ru_utime.tv_usec;
        r.stime_us = (int64_t)ru->ru_stime.tv_sec * 1000000 + ru->ru_stime.tv_usec;
        r.maxrss_kb = ru->ru_maxrss;
    }
    /* A host that went away ends the box: exit rather than carry on unobserved. */
    if (send(control, &r, sizeof r, MSG_NOSIGNAL) != (ssize_t)sizeof r) _exit(1);
}

/* One request and its fds; 0 at EOF (the host closed the box), -1 on a malformed message. */
static int receive(struct request *req) {
    union {
        char buf[CMSG_SPACE(MAX_FDS * sizeof(int))];
        struct cmsghdr align;
    } control_buf;
    struct iovec iov = {message, sizeof message - 1};
    struct msghdr msg = {
        .msg_iov = &iov,
        .msg_iovlen = 1,
        .msg_control = control_buf.buf,
        .msg_controllen = sizeof control_buf.buf,
    };
    ssize_t n;
    do n = recvmsg(control, &msg, MSG_CMSG_CLOEXEC);
    while (n < 0 && errno == EINTR);
    if (n <= 0) return 0;
    req->nfds = 0;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
        int count = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
        for (int i = 0; i < count && req->nfds < MAX_FDS; i++)
            memcpy(&req->fds[req->nfds++], CMSG_DATA(c) + i * sizeof(int), sizeof(int));
    }
    if (msg.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) return -1;
    return n;
}

/* Point req's fields into the message; -1 if it does not hold what its header says. */
static int parse(struct request *req, size_t size) {
    struct request_header h;
    if (size < sizeof h || req->nfds < 3) return -1;
    memcpy(&h, message, sizeof h);
    size_t offset = sizeof h;
    if (h.version != PROTOCOL_VERSION || h.rlimits > MAX_RLIMITS || h.argc < 1) return -1;
    if ((uint64_t)h.argc + h.envc > MAX_STRINGS) return -1;
    if (size - offset < h.rlimits * sizeof(struct request_rlimit)) return -1;
    req->rlimits = (const struct request_rlimit *)(message + offset); /* 8-aligned by layout */
    req->nrlimits = h.rlimits;
    offset += h.rlimits * sizeof(struct request_rlimit);
    message[size] = '\0';
    uint32_t count = h.argc + h.envc;
    for (uint32_t i = 0; i < count; i++) {
        if (offset >= size) return -1;
        char *s = message + offset;
        strings[i + (i >= h.argc)] = s;
        offset += strlen(s) + 1;
    }
    if (offset != size) return -1;
    strings[h.argc] = NULL;
    strings[count + 1] = NULL;
    req->argv = strings;
    req->envp = strings + h.argc + 1;
    return 0;
}

static void close_fds(const struct request *req) {
    for (int i = 0; i < req->nfds; i++) close(req->fds[i]);
}

/* Tell the parent how the child failed (on the close-on-exec pipe) and end the child. */
static void fail(int report, int stage, int err) {
    int msg[2] = {stage, err};
    if (write(report, msg, sizeof msg) < 0) _exit(126);
    _exit(stage == STAGE_EXEC ? 127 : 126);
}

static void child(const struct request *req, int report) {
    /* The run's cgroups first: nothing of the program may ever run outside them. */
    for (int i = 3; i < req->nfds; i++)
        if (write(req->fds[i], "0", 1) != 1) fail(report, STAGE_SETUP, errno);
    for (int i = 0; i < 3; i++)
        if (dup2(req->fds[i], i) < 0) fail(report, STAGE_SETUP, errno);
    for (uint32_t i = 0; i < req->nrlimits; i++) {
        struct rlimit rl = {req->rlimits[i].soft, req->rlimits[i].hard};
        if (setrlimit((int)req->rlimits[i].resource, &rl) != 0) fail(report, STAGE_SETUP, errno);
    }
    /* execvp searches the PATH of the environment it runs in: make that the program's. */
    environ = req->envp;
    execvp(req->argv[0], req->argv);
    int err = errno;
    dprintf(2, "cannot execute %s: %s\n", req->argv[0], strerror(err));
    fail(report, STAGE_EXEC, err);
}

static void run(const struct request *req) {
    int pipefd[2];
    if (pipe2(pipefd, O_CLOEXEC) != 0) {
        send_reply(REPLY_FAILED, errno, NULL);
        return;
    }
    pid_t pid = fork();
    if (pid < 0) {
        int err = errno;
        close(pipefd[0]);
        close(pipefd[1]);
        send_reply(REPLY_FAILED, err, NULL);
        return;
    }
    if (pid == 0) {
        close(control);
        close(pipefd[0]);
        child(req, pipefd[1]);
    }
    /* Our copies go at once: the host sees EOF on stdout only when the run's copies are gone. */
    close_fds(req);
    close(pipefd[1]);
    int failure[2] = {0, 0};
    ssize_t got;
    do got = read(pipefd[0], failure, sizeof failure);
    while (got < 0 && errno == EINTR);
    close(pipefd[0]);

    int status = 0;
    struct rusage ru;
    for (;;) {
        pid_t done = wait4(-1, &status, 0, &ru); /* reaps the run's orphans too */
        if (done == pid) break;
        if (done < 0 && errno != EINTR) {
            send_reply(REPLY_FAILED, errno, NULL);
            return;
        }
    }
    if (got == (ssize_t)sizeof failure && failure[0] == STAGE_SETUP)
        send_reply(REPLY_FAILED, failure[1], NULL);
    else
        send_reply(REPLY_EXITED, status, &ru);
}

/* Remove everything in the directory open as fd; the run may have locked directories (0000). */
static void empty_dir(int fd, int depth) {
    DIR *d = fdopendir(fd);
    if (!d) {
        close(fd);
        return;
    }
    for (struct dirent *e; (e = readdir(d));) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (unlinkat(fd, e->d_name, 0) == 0 || errno != EISDIR) continue;
        if (depth < MAX_DEPTH) {
            fchmodat(fd, e->d_name, 0700, 0);
            int sub = openat(fd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub >= 0) empty_dir(sub, depth + 1);
        }
        unlinkat(fd, e->d_name, AT_REMOVEDIR);
    }
    closedir(d);
}

static void empty(const char *path) {
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) empty_dir(fd, 0);
}

union semun {
    int val;
    struct semid_ds *buf;
    unsigned short *array;
    struct seminfo *info;
};

/* System V IPC objects outlive their processes, in the box's IPC namespace. */
static void remove_ipc(void) {
    struct shm_info shm_info;
    struct shmid_ds shm;
    int max = shmctl(0, SHM_INFO, (struct shmid_ds *)&shm_info);
    for (int i = 0; i <= max; i++) {
        int id = shmctl(i, SHM_STAT_ANY, &shm);
        if (id >= 0) shmctl(id, IPC_RMID, NULL);
    }
    struct msginfo msg_info;
    struct msqid_ds msq;
    max = msgctl(0, MSG_INFO, (struct msqid_ds *)&msg_info);
    for (int i = 0; i <= max; i++) {
        int id = msgctl(i, MSG_STAT_ANY, &msq);
        if (id >= 0) msgctl(id, IPC_RMID, NULL);
    }
    struct seminfo sem_info;
    struct semid_ds sem;
    max = semctl(0, 0, SEM_INFO, (union semun){.info = &sem_info});
    for (int i = 0; i <= max; i++) {
        int id = semctl(i, 0, SEM_STAT_ANY, (union semun){.buf = &sem});
        if (id >= 0) semctl(id, 0, IPC_RMID);
    }
}

static void clean_up_after_last_run(void) {
    while (waitpid(-1, NULL, WNOHANG) > 0) {
    }
    empty("/tmp");
    empty("/dev/shm");
    remove_ipc();
}

/* Only stdio and the control socket stay open: nothing else of bwrap's reaches a run. */
static void close_other_fds(void) {
#ifdef SYS_close_range
    if ((control <= 3 || syscall(SYS_close_range, 3, control - 1, 0) == 0) &&
        syscall(SYS_close_range, control + 1, ~0U, 0) == 0)
        return;
#endif
    for (int fd = 3; fd < 4096; fd++)
        if (fd != control) close(fd);
}

/* Runs start from default signal dispositions and an empty mask, whatever bwrap left us. */
static void reset_signals(void) {
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    for (int sig = 1; sig < NSIG; sig++) signal(sig, SIG_DFL);
}

int main(int argc, char **argv) {
    if (argc != 2 || getpid() != 1) {
        fprintf(stderr, "usage: leetarxiv-init CONTROL_FD, as pid 1 of a sandbox\n");
        return 2;
    }
    control = atoi(argv[1]);
    prctl(PR_SET_DUMPABLE, 0);
    close_other_fds();
    reset_signals();
    if (fcntl(control, F_SETFD, FD_CLOEXEC) != 0) return 1;
    send_reply(REPLY_READY, 0, NULL);
    for (;;) {
        struct request req;
        int size = receive(&req);
        if (size == 0) return 0;
        if (size < 0 || parse(&req, (size_t)size) != 0) {
            close_fds(&req);
            send_reply(REPLY_FAILED, EINVAL, NULL);
            continue;
        }
        clean_up_after_last_run();
        run(&req);
    }
}

/* Leave a daemon behind (double fork, new session, no stdio) that would outlive the run, then
 * answer correctly. Each run first checks whether the previous run's daemon is still alive. */
#include <signal.h>
#include <stdio.h>
#include <sys/types.h>
#include <unistd.h>

int main(void) {
    FILE *f = fopen("daemon.pid", "r");
    int old;
    if (f && fscanf(f, "%d", &old) == 1 && kill(old, 0) == 0) {
        printf("the daemon of the last run is alive: %d\n", old);
        return 0;
    }
    if (f) fclose(f);
    if (fork() == 0) {
        setsid();
        if (fork() == 0) {
            close(0);
            close(1);
            close(2);
            f = fopen("daemon.pid", "w");
            if (f) {
                fprintf(f, "%d\n", (int)getpid());
                fclose(f);
            }
            for (;;) pause();
        }
        _exit(0);
    }
    usleep(100000); /* the daemon has written its pid */
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    printf("%lld\n", a + b);
    return 0;
}

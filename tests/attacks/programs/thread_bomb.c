/* Start spinning threads forever: the pids limit counts threads too. */
#include <pthread.h>

static void *spin(void *arg) {
    volatile unsigned long n = 0;
    (void)arg;
    for (;;) n++;
    return 0;
}

int main(void) {
    for (;;) {
        pthread_t t;
        pthread_create(&t, 0, spin, 0);
    }
}

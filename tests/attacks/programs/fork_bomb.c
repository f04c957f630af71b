/* Fork forever, ignoring failures: the pids limit stops the growth, the CPU limit the run. */
#include <unistd.h>

int main(void) {
    for (;;) fork();
}

/* Use no CPU at all, forever: only the wall-clock limit ends it. */
#include <unistd.h>

int main(void) {
    for (;;) pause();
}

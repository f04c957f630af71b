/* Waits forever without using CPU time: only the wall-clock limit can end it. */
#include <unistd.h>

int main(void) {
    for (;;) pause();
}

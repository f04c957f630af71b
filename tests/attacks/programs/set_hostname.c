/* Rename the machine. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    printf("sethostname: %s\n", sethostname("pwned", 5) ? strerror(errno) : "renamed");
    return 0;
}

/* The compiler reads an endless file: only the compile's own limits end it. */
#include "/dev/random"

int main(void) { return 0; }

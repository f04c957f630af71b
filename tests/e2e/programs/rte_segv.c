/* Writes through a null pointer: killed by SIGSEGV. */
int main(void) {
    volatile int *volatile pointer = 0;
    *pointer = 42;
    return 0;
}

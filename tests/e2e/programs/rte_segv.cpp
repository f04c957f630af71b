// Writes through a null pointer: killed by SIGSEGV.
int main() {
    volatile int *volatile pointer = nullptr;
    *pointer = 42;
}

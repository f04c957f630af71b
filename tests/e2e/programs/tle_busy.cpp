// Spins on the CPU forever; the atomic keeps the compiler from removing the loop.
#include <atomic>

int main() {
    std::atomic<unsigned long> counter{0};
    for (;;) counter.fetch_add(1, std::memory_order_relaxed);
}

/* shared_line.c - what an atomic add costs on a cache line that two cores take turns at.
 *
 * Two threads each add 1 to a counter N times (a `lock add`, as swift_retain's `lock cmpxchg`),
 * with W steps of other work between adds (a build retains or releases about every 70
 * instructions): first each to a counter on a line of its own, then both to one counter. The
 * difference is the price of moving the line between the cores, which a reference count that
 * two threads write pays at each switch (Benchmarks/shared_counts.sh counts the switches).
 * Without work between the adds a core keeps the line for several adds in a row, and the
 * difference mostly disappears: that is not how a build touches a count.
 *
 * Build: cc -O2 -pthread -o shared_line Benchmarks/shared_line.c
 * Run:   ./shared_line [N [W]]      (defaults 5000000 and 50)
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static _Alignas(64) atomic_long one_line;
static struct { _Alignas(64) atomic_long count; } own_lines[2];
static long iterations = 5000000;
static long work = 50;
static int shared;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void *add(void *argument) {
    atomic_long *counter = shared ? &one_line : &own_lines[(long)argument].count;
    unsigned long state = (unsigned long)argument + 1;
    for (long i = 0; i < iterations; i++) {
        for (long step = 0; step < work; step++) state = state * 6364136223846793005UL + 1442695040888963407UL;
        atomic_fetch_add(counter, 1);
    }
    return (void *)state;
}

static double nanoseconds_per_add(int on_one_line) {
    shared = on_one_line;
    pthread_t threads[2];
    double start = now();
    for (long i = 0; i < 2; i++) pthread_create(&threads[i], NULL, add, (void *)i);
    for (int i = 0; i < 2; i++) pthread_join(threads[i], NULL);
    return (now() - start) / iterations * 1e9;
}

int main(int argc, char **argv) {
    if (argc > 1) iterations = atol(argv[1]);
    if (argc > 2) work = atol(argv[2]);
    double own = nanoseconds_per_add(0), one = nanoseconds_per_add(1);
    printf("%ld steps of work and an atomic add, each thread on its own line: %.1f ns; both on one line: %.1f ns (%+.1f ns)\n",
           work, own, one, one - own);
    return 0;
}

#include "cmark_arena.h"

#include <cmark.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every allocation is preceded by a header holding its size, so that realloc knows how much
 * to copy; headers and allocations are 16-byte aligned, as malloc's are. */
#define ALIGNMENT 16
#define HEADER ALIGNMENT
/* cmark uses about nine times a page's length (10,000 generated pages of 7 KB: 63 KB at the
 * median, 106 KB at most); the first block is sized for that, and later ones double. */
#define BYTES_PER_TEXT_BYTE 12
#define SMALLEST_BLOCK (4 * 1024)

typedef struct block {
    struct block *previous;
    size_t size;
    size_t used;
    /* The data starts at the next multiple of ALIGNMENT. */
} block;

struct opsguide_cmark_arena {
    size_t first_block_size;
    block *current;
    /* The most recent allocation, which realloc can grow in place. */
    char *last;
};

static _Thread_local opsguide_cmark_arena *thread_arena;

/* The largest block of the last arena this thread destroyed, kept for its next arena: a thread
 * parses one document after another, and its first block (about 80 KB for a 7 KB page) was a
 * large allocation, malloc'd and freed once per document. Kept only up to SPARE_LIMIT bytes,
 * one per thread; the process's exit releases it. */
static _Thread_local block *spare;
#define SPARE_LIMIT (4 * 1024 * 1024)

static size_t round_up(size_t size) { return (size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1); }

static size_t block_data_offset(void) { return round_up(sizeof(block)); }

static void out_of_memory(void) {
    fprintf(stderr, "opsguide: out of memory in the cmark arena\n");
    abort();
}

static opsguide_cmark_arena *arena_in_use(void) {
    if (!thread_arena) {
        fprintf(stderr, "opsguide: cmark allocated outside of an arena\n");
        abort();
    }
    return thread_arena;
}

/* Out of line: once per block, and kept apart so that `carve` stays small enough to inline. */
__attribute__((noinline)) static block *new_block(opsguide_cmark_arena *arena, size_t at_least) {
    block *previous = arena->current;
    size_t size = previous ? previous->size * 2 : arena->first_block_size;
    if (size < at_least + block_data_offset()) size = at_least + block_data_offset();
    block *fresh;
    if (spare && spare->size >= size) {
        fresh = spare;
        spare = NULL;
    } else {
        fresh = malloc(size);
        if (!fresh) out_of_memory();
        fresh->size = size;
    }
    fresh->previous = previous;
    fresh->used = block_data_offset();
    return fresh;
}

/* `size` bytes (not zeroed) after a header recording `size`. */
static inline __attribute__((always_inline)) char *carve(opsguide_cmark_arena *arena, size_t size) {
    if (size > SIZE_MAX / 2) out_of_memory();
    size_t needed = HEADER + round_up(size);
    block *current = arena->current;
    if (!current || current->size - current->used < needed) current = arena->current = new_block(arena, needed);
    char *header = (char *)current + current->used;
    current->used += needed;
    *(size_t *)header = size;
    arena->last = header + HEADER;
    return arena->last;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) out_of_memory();
    char *memory = carve(arena_in_use(), count * size);
    memset(memory, 0, count * size);
    return memory;
}

static void *arena_realloc(void *pointer, size_t size) {
    opsguide_cmark_arena *arena = arena_in_use();
    if (!pointer) return carve(arena, size);
    size_t *recorded = (size_t *)((char *)pointer - HEADER);
    size_t old_size = *recorded;
    block *current = arena->current;
    if (pointer == arena->last) {
        /* The last allocation of the current block: grow (or shrink) it where it is. */
        size_t start = (size_t)((char *)pointer - (char *)current);
        if (round_up(size) <= current->size - start) {
            current->used = start + round_up(size);
            *recorded = size;
            return pointer;
        }
    }
    char *moved = carve(arena, size);
    memcpy(moved, pointer, old_size < size ? old_size : size);
    return moved;
}

static void arena_free(void *pointer) { (void)pointer; }

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

opsguide_cmark_arena *opsguide_cmark_arena_create(size_t text_length) {
    opsguide_cmark_arena *arena = calloc(1, sizeof(opsguide_cmark_arena));
    if (!arena) out_of_memory();
    arena->first_block_size = SMALLEST_BLOCK;
    if (text_length < SIZE_MAX / (2 * BYTES_PER_TEXT_BYTE) && text_length * BYTES_PER_TEXT_BYTE > SMALLEST_BLOCK)
        arena->first_block_size = text_length * BYTES_PER_TEXT_BYTE;
    return arena;
}

void opsguide_cmark_arena_destroy(opsguide_cmark_arena *arena) {
    block *current = arena->current;
    while (current) {
        block *previous = current->previous;
        if (current->size <= SPARE_LIMIT && (!spare || spare->size < current->size)) {
            free(spare);
            spare = current;
        } else {
            free(current);
        }
        current = previous;
    }
    free(arena);
}

opsguide_cmark_arena *opsguide_cmark_arena_enter(opsguide_cmark_arena *arena) {
    opsguide_cmark_arena *previous = thread_arena;
    thread_arena = arena;
    return previous;
}

void *opsguide_cmark_arena_allocator(void) { return &allocator; }

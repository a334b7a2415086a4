#ifndef OPSGUIDE_CMARK_ARENA_H
#define OPSGUIDE_CMARK_ARENA_H

#include <stddef.h>

/// The memory of one cmark document: cmark's allocations are carved out of a few large
/// blocks, its frees cost nothing, and the whole document is released at once.
typedef struct opsguide_cmark_arena opsguide_cmark_arena;

/// A new, empty arena for a text of `text_length` bytes, which sizes its first block.
opsguide_cmark_arena *opsguide_cmark_arena_create(size_t text_length);

/// Releases every allocation made from `arena`, and the arena.
void opsguide_cmark_arena_destroy(opsguide_cmark_arena *arena);

/// Makes `arena` the one this thread's cmark allocations come from (NULL: none), and returns
/// the one that was. cmark's allocator functions take no context, so the arena in use is a
/// thread-local setting, made around each cmark call.
opsguide_cmark_arena *opsguide_cmark_arena_enter(opsguide_cmark_arena *arena);

/// The `cmark_mem` (as an untyped pointer, so that this module does not declare cmark's
/// types a second time) whose functions allocate from the thread's arena.
void *opsguide_cmark_arena_allocator(void);

#endif

#ifndef OPSGUIDE_ALLOCATOR_OPTIONS_H
#define OPSGUIDE_ALLOCATOR_OPTIONS_H

/// The options jemalloc starts with, linked into `opsguide` (see allocator_options.c).
extern const char *malloc_conf;

#endif

#ifndef OPSGUIDE_ASCII_CHECK_H
#define OPSGUIDE_ASCII_CHECK_H

#include <stddef.h>
#include <stdint.h>

/// Whether all `count` bytes are ASCII (below 0x80): 1 or 0.
///
/// For the readable text a document's walk gathers for the search index, a few kilobytes a
/// page: in C for SSE2, sixteen bytes are tested at once.
int opsguide_is_ascii(const uint8_t *bytes, size_t count);

#endif

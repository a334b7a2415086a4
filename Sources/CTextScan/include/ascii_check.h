#ifndef OPSGUIDE_ASCII_CHECK_H
#define OPSGUIDE_ASCII_CHECK_H

#include <stddef.h>
#include <stdint.h>

/// Whether all `count` bytes are ASCII (below 0x80): 1 or 0.
///
/// Asked of every page's gathered text, HTML and source lines (`UnsafeBufferPointer.isASCII`):
/// in C for SSE2, sixteen bytes are tested at once.
int opsguide_is_ascii(const uint8_t *bytes, size_t count);

#endif

#ifndef OPSGUIDE_PLACEHOLDER_SCAN_H
#define OPSGUIDE_PLACEHOLDER_SCAN_H

#include <stddef.h>
#include <stdint.h>

/// 1 when one of "TODO", "TBD", "FIXME" (exact bytes) or "lorem" (ASCII letters in either
/// case) occurs in `count` bytes, else 0: whether a content file needs the exact placeholder
/// search, which reads it line by line.
///
/// In C for SSE2: sixteen places are tested at once by comparing each word's first byte and a
/// later one ("T" and "D" two bytes on, "F" and "E", "l" and "m" four on), so a common first
/// letter such as "l" costs nothing. Calling `memchr` once for each "l" of a page, as before,
/// took 4 % of a build.
int opsguide_may_contain_placeholder(const uint8_t *bytes, size_t count);

#endif

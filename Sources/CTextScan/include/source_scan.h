#ifndef OPSGUIDE_SOURCE_SCAN_H
#define OPSGUIDE_SOURCE_SCAN_H

#include <stddef.h>
#include <stdint.h>

/// A byte beyond ASCII or a carriage return occurs: the text needs UTF-8 validation or a
/// line-ending change before it is used.
#define OPSGUIDE_SOURCE_NOT_PLAIN 1
/// One of "TODO", "TBD", "FIXME" (exact bytes) or "lorem" (ASCII letters in either case)
/// occurs: the file needs the exact placeholder search, which reads it line by line.
#define OPSGUIDE_SOURCE_MAY_HOLD_PLACEHOLDER 2

/// What the loader needs to know of a content file's `count` bytes, found in one pass while
/// they are still in the processor's cache: the `OPSGUIDE_SOURCE_` flags that hold.
///
/// In C for SSE2: sixteen places are tested at once, for placeholders by comparing each
/// place's first two bytes with a placeholder's, so that the exact test seldom runs. Two
/// passes, the ASCII check in Swift's eight-byte lanes and a placeholder scan, read every file
/// twice and cost 2 % of a build.
int opsguide_scan_source(const uint8_t *bytes, size_t count);

#endif

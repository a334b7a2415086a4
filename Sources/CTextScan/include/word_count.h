#ifndef OPSGUIDE_WORD_COUNT_H
#define OPSGUIDE_WORD_COUNT_H

#include <stddef.h>
#include <stdint.h>

/// The number of words in `count` bytes of ASCII text: runs of bytes other than white space
/// (tab to carriage return, and the space) that hold an ASCII letter or digit. -1 when a byte
/// is beyond ASCII, for which the caller counts by Unicode's rules instead. The count stops
/// once it reaches `limit`: it is then at least `limit`, and may be a few words more.
///
/// In C for SSE2 (part of every x86-64 processor): sixteen bytes are classified by one
/// comparison each, where the same work in Swift's eight-byte lanes took eight times the
/// instructions, and counting words was a tenth of reading a page.
long opsguide_ascii_word_count(const uint8_t *bytes, size_t count, long limit);

#endif

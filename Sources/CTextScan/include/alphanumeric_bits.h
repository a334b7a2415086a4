#ifndef OPSGUIDE_ALPHANUMERIC_BITS_H
#define OPSGUIDE_ALPHANUMERIC_BITS_H

#include <stddef.h>
#include <stdint.h>

/// Sets bit `i % 64` of `bits[i / 64]` when `bytes[i]` is an ASCII letter or digit and clears
/// it otherwise, for every `i` below `count`; the bits of the last word past `count` are 0.
/// `bits` has room for `(count + 63) / 64` words.
///
/// The search index finds every word of a page with it: the start and end of a word are then
/// the next set and clear bits, found a 64-byte stretch at a time, where classifying each byte
/// (or eight at a time in Swift's lanes) cost more than half of the index.
void opsguide_alphanumeric_bits(const uint8_t *bytes, size_t count, uint64_t *bits);

#endif

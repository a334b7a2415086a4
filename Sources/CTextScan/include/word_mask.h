#ifndef OPSGUIDE_WORD_MASK_H
#define OPSGUIDE_WORD_MASK_H

#include <stddef.h>
#include <stdint.h>

/// Which of the 64 bytes at `bytes` are ASCII letters or digits: bit i for byte i. Only the
/// first `available` bytes are read when fewer than 64 are (the others count as not).
///
/// The search scanner finds its words in these masks, a block of 64 bytes at a time, where
/// testing byte after byte cost half of its instructions (a branch on every byte between two
/// words, and an eight-byte loop for every word's end). In C for SSE2, as the word count.
uint64_t opsguide_alphanumeric_mask(const uint8_t *bytes, size_t available);

#endif

#ifndef OPSGUIDE_SSE2_LANES_H
#define OPSGUIDE_SSE2_LANES_H

/* Byte classes sixteen bytes at a time, shared by the scans of this target. */

#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>

/* The high bit of each byte as a 16-bit mask. */
static inline uint64_t mask16(__m128i flags) { return (uint64_t)(uint16_t)_mm_movemask_epi8(flags); }

/* Bytes of `v` (unsigned) in low...high. */
static inline __m128i in_range(__m128i v, uint8_t low, uint8_t high) {
    __m128i shifted = _mm_sub_epi8(v, _mm_set1_epi8((char)low));
    __m128i width = _mm_set1_epi8((char)(high - low));
    return _mm_cmpeq_epi8(_mm_min_epu8(shifted, width), shifted);
}

/* ASCII letters and digits. */
static inline __m128i alphanumeric16(__m128i v) {
    __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
    return _mm_or_si128(in_range(v, '0', '9'), letter);
}
#endif

static inline int is_alphanumeric(uint8_t b) {
    uint8_t folded = b | 0x20;
    return (b >= '0' && b <= '9') || (folded >= 'a' && folded <= 'z');
}

#endif

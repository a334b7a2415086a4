#include "word_mask.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>

/* Bytes of `v` (unsigned) in low...high. */
static inline __m128i in_range(__m128i v, uint8_t low, uint8_t high) {
    __m128i shifted = _mm_sub_epi8(v, _mm_set1_epi8((char)low));
    __m128i width = _mm_set1_epi8((char)(high - low));
    return _mm_cmpeq_epi8(_mm_min_epu8(shifted, width), shifted);
}

static inline uint64_t block_mask(const uint8_t *block) {
    uint64_t mask = 0;
    for (int part = 0; part < 4; part++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(block + 16 * part));
        __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
        __m128i alphanumeric = _mm_or_si128(in_range(v, '0', '9'), letter);
        mask |= (uint64_t)(uint16_t)_mm_movemask_epi8(alphanumeric) << (16 * part);
    }
    return mask;
}
#else
static inline uint64_t block_mask(const uint8_t *block) {
    uint64_t mask = 0;
    for (int i = 0; i < 64; i++) {
        uint8_t b = block[i];
        uint8_t folded = b | 0x20;
        mask |= (uint64_t)((b >= '0' && b <= '9') || (folded >= 'a' && folded <= 'z')) << i;
    }
    return mask;
}
#endif

uint64_t opsguide_alphanumeric_mask(const uint8_t *bytes, size_t available) {
    if (available >= 64) return block_mask(bytes);
    uint8_t padded[64];
    memset(padded, 0, sizeof padded);
    memcpy(padded, bytes, available);
    return block_mask(padded);
}

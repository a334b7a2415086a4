#include "word_count.h"

#include <string.h>

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

/* Masks of 64 bytes: bit i for byte i. */
static inline void classify(const uint8_t *block, uint64_t *space, uint64_t *alphanumeric, uint64_t *high) {
    uint64_t s = 0, a = 0, h = 0;
    for (int part = 0; part < 4; part++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(block + 16 * part));
        __m128i white = _mm_or_si128(in_range(v, 0x09, 0x0D), _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
        __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
        __m128i alnum = _mm_or_si128(in_range(v, '0', '9'), letter);
        s |= mask16(white) << (16 * part);
        a |= mask16(alnum) << (16 * part);
        h |= mask16(v) << (16 * part);
    }
    *space = s;
    *alphanumeric = a;
    *high = h;
}
#else
static inline void classify(const uint8_t *block, uint64_t *space, uint64_t *alphanumeric, uint64_t *high) {
    uint64_t s = 0, a = 0, h = 0;
    for (int i = 0; i < 64; i++) {
        uint8_t b = block[i];
        uint8_t folded = b | 0x20;
        s |= (uint64_t)((b >= 0x09 && b <= 0x0D) || b == ' ') << i;
        a |= (uint64_t)((b >= '0' && b <= '9') || (folded >= 'a' && folded <= 'z')) << i;
        h |= (uint64_t)(b >> 7) << i;
    }
    *space = s;
    *alphanumeric = a;
    *high = h;
}
#endif

static inline int population(uint64_t x) { return __builtin_popcountll(x); }

long opsguide_ascii_word_count(const uint8_t *bytes, size_t count, long limit) {
    long words = 0;
    /* 1 when the last byte of the previous block was in a run that already had a letter or
     * digit. */
    uint64_t carry = 0;
    uint8_t last[64];
    for (size_t start = 0; start < count && words < limit; start += 64) {
        const uint8_t *block = bytes + start;
        if (count - start < 64) {
            /* The last bytes, then spaces. */
            memset(last, ' ', sizeof last);
            memcpy(last, block, count - start);
            block = last;
        }
        uint64_t space, alphanumeric, high;
        classify(block, &space, &alphanumeric, &high);
        if (high) return -1;
        uint64_t run = ~space;
        /* seen: a letter or digit at or before each byte, in its run. Runs are joined by
         * doubling steps: `span` marks the bytes whose run goes back at least k bytes. */
        uint64_t seen = alphanumeric | (carry & run);
        uint64_t span = run & (run << 1);
        for (int k = 1; k < 64; k <<= 1) {
            seen |= (seen << k) & span;
            span &= span << k;
        }
        /* A run is counted at its first letter or digit. */
        words += population(alphanumeric & ~((seen << 1) | carry));
        carry = seen >> 63;
    }
    return words;
}

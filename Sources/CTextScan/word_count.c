#include "word_count.h"

#include <string.h>

#include "sse2_lanes.h"

#if defined(__SSE2__)
/* Masks of 64 bytes: bit i for byte i. */
static inline void classify(const uint8_t *block, uint64_t *space, uint64_t *alphanumeric, uint64_t *high) {
    uint64_t s = 0, a = 0, h = 0;
    for (int part = 0; part < 4; part++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(block + 16 * part));
        __m128i white = _mm_or_si128(in_range(v, 0x09, 0x0D), _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
        __m128i alnum = alphanumeric16(v);
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
        s |= (uint64_t)((b >= 0x09 && b <= 0x0D) || b == ' ') << i;
        a |= (uint64_t)is_alphanumeric(b) << i;
        h |= (uint64_t)(b >> 7) << i;
    }
    *space = s;
    *alphanumeric = a;
    *high = h;
}
#endif

static inline int population(uint64_t x) { return __builtin_popcountll(x); }

long opsguide_ascii_word_count(const uint8_t *bytes, size_t count) {
    long words = 0;
    /* 1 when the last byte of the previous block was in a run that already had a letter or
     * digit. */
    uint64_t carry = 0;
    uint8_t last[64];
    for (size_t start = 0; start < count; start += 64) {
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

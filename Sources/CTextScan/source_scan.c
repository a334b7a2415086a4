#include "source_scan.h"

#include <string.h>

/* Whether a placeholder starts at `bytes[at]`. */
static int placeholder_at(const uint8_t *bytes, size_t count, size_t at) {
    size_t left = count - at;
    const uint8_t *p = bytes + at;
    if (left >= 3 && p[0] == 'T' && memcmp(p, "TBD", 3) == 0) return 1;
    if (left >= 4 && p[0] == 'T' && memcmp(p, "TODO", 4) == 0) return 1;
    if (left >= 5 && p[0] == 'F' && memcmp(p, "FIXME", 5) == 0) return 1;
    if (left >= 5) {
        static const char lorem[5] = {'l', 'o', 'r', 'e', 'm'};
        int matches = 1;
        for (int i = 0; i < 5 && matches; i++) matches = (p[i] | 0x20) == lorem[i];
        if (matches) return 1;
    }
    return 0;
}

static int not_plain(uint8_t byte) { return byte >= 0x80 || byte == '\r'; }

#if defined(__SSE2__)
#include <emmintrin.h>

static inline __m128i load(const uint8_t *at) { return _mm_loadu_si128((const __m128i *)at); }
static inline __m128i equal(__m128i v, char byte) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(byte)); }

int opsguide_scan_source(const uint8_t *bytes, size_t count) {
    size_t start = 0;
    int placeholder = 0;
    /* The high bit of a byte beyond ASCII, and of each carriage return. */
    __m128i odd = _mm_setzero_si128();
    /* Sixteen places per step, each reading up to four bytes past itself. */
    for (; start + 20 <= count; start += 16) {
        __m128i first = load(bytes + start);
        odd = _mm_or_si128(odd, _mm_or_si128(first, equal(first, '\r')));
        if (placeholder) continue;
        __m128i third = load(bytes + start + 2), fifth = load(bytes + start + 4);
        __m128i fold = _mm_set1_epi8(0x20);
        __m128i candidates = _mm_or_si128(
            _mm_or_si128(_mm_and_si128(equal(first, 'T'), equal(third, 'D')), _mm_and_si128(equal(first, 'F'), equal(fifth, 'E'))),
            _mm_and_si128(equal(_mm_or_si128(first, fold), 'l'), equal(_mm_or_si128(fifth, fold), 'm')));
        unsigned mask = (unsigned)_mm_movemask_epi8(candidates);
        while (mask && !placeholder) {
            placeholder = placeholder_at(bytes, count, start + (size_t)__builtin_ctz(mask));
            mask &= mask - 1;
        }
    }
    int plain = _mm_movemask_epi8(odd) == 0;
    for (; start < count; start++) {
        plain = plain && !not_plain(bytes[start]);
        placeholder = placeholder || placeholder_at(bytes, count, start);
    }
    return (plain ? 0 : OPSGUIDE_SOURCE_NOT_PLAIN) | (placeholder ? OPSGUIDE_SOURCE_MAY_HOLD_PLACEHOLDER : 0);
}
#else
int opsguide_scan_source(const uint8_t *bytes, size_t count) {
    int plain = 1, placeholder = 0;
    for (size_t start = 0; start < count; start++) {
        plain = plain && !not_plain(bytes[start]);
        placeholder = placeholder || placeholder_at(bytes, count, start);
    }
    return (plain ? 0 : OPSGUIDE_SOURCE_NOT_PLAIN) | (placeholder ? OPSGUIDE_SOURCE_MAY_HOLD_PLACEHOLDER : 0);
}
#endif

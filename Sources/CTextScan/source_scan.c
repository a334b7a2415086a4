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

/* The places of `block` where a placeholder may start, one bit each: its first two bytes are
 * a placeholder's ("TO", "TB", "FI", or "lo" in either case). In prose even "lo" starts few
 * places, so the exact test seldom runs. Reads one byte past the sixteen. */
static inline unsigned candidates(const uint8_t *block, __m128i first) {
    __m128i fold = _mm_set1_epi8(0x20);
    __m128i second = load(block + 1);
    __m128i capital = _mm_or_si128(
        _mm_and_si128(equal(first, 'T'), _mm_or_si128(equal(second, 'O'), equal(second, 'B'))),
        _mm_and_si128(equal(first, 'F'), equal(second, 'I')));
    __m128i lorem = _mm_and_si128(equal(_mm_or_si128(first, fold), 'l'), equal(_mm_or_si128(second, fold), 'o'));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(capital, lorem));
}

/* The high bit of each byte beyond ASCII and of each carriage return. */
static inline __m128i odd_bytes(__m128i v) { return _mm_or_si128(v, equal(v, '\r')); }

int opsguide_scan_source(const uint8_t *bytes, size_t count) {
    size_t start = 0;
    int placeholder = 0;
    __m128i odd = _mm_setzero_si128();
    /* Sixteen places per step, each reading one byte past itself. The inner loop makes no
     * call, so that its vectors and constants stay in registers. */
    while (!placeholder && start + 17 <= count) {
        unsigned mask = 0;
        for (; start + 17 <= count; start += 16) {
            __m128i first = load(bytes + start);
            odd = _mm_or_si128(odd, odd_bytes(first));
            mask = candidates(bytes + start, first);
            if (mask) break;
        }
        if (!mask) break;
        while (mask && !placeholder) {
            placeholder = placeholder_at(bytes, count, start + (size_t)__builtin_ctz(mask));
            mask &= mask - 1;
        }
        start += 16;
    }
    /* Past a placeholder, only whether the text is plain. */
    if (placeholder) {
        for (; start + 16 <= count; start += 16) odd = _mm_or_si128(odd, odd_bytes(load(bytes + start)));
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

#include "escape_scan.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* 1 for each byte HTML escaping replaces. */
static const uint8_t escaped[256] = {['<'] = 1, ['>'] = 1, ['&'] = 1, ['"'] = 1, ['\''] = 1};

/* Writes the replacement of `byte`, one of the escaped bytes, at `out`; returns its end. */
static inline uint8_t *replace(uint8_t *out, uint8_t byte) {
    switch (byte) {
    case '<': memcpy(out, "&lt;", 4); return out + 4;
    case '>': memcpy(out, "&gt;", 4); return out + 4;
    case '&': memcpy(out, "&amp;", 5); return out + 5;
    case '"': memcpy(out, "&quot;", 6); return out + 6;
    default: memcpy(out, "&#39;", 5); return out + 5;
    }
}

size_t opsguide_escape_html(const uint8_t *bytes, size_t count, uint8_t *output) {
    uint8_t *out = output;
    size_t index = 0;
#if defined(__SSE2__)
    /* Sixteen bytes are stored whole, then the output goes on from the first replaced one: the
     * output has room, since at least sixteen input bytes are left and each may take six. */
    const __m128i less = _mm_set1_epi8('<'), greater = _mm_set1_epi8('>'), ampersand = _mm_set1_epi8('&');
    const __m128i quote = _mm_set1_epi8('"'), apostrophe = _mm_set1_epi8('\'');
    while (index + 16 <= count) {
        __m128i v = _mm_loadu_si128((const __m128i *)(bytes + index));
        __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, less), _mm_cmpeq_epi8(v, greater)),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, ampersand), _mm_cmpeq_epi8(v, quote)), _mm_cmpeq_epi8(v, apostrophe)));
        int mask = _mm_movemask_epi8(hits);
        _mm_storeu_si128((__m128i *)out, v);
        if (!mask) {
            out += 16;
            index += 16;
            continue;
        }
        size_t first = (size_t)__builtin_ctz((unsigned)mask);
        out = replace(out + first, bytes[index + first]);
        index += first + 1;
    }
#endif
    for (; index < count; index++) {
        uint8_t byte = bytes[index];
        if (escaped[byte]) {
            out = replace(out, byte);
        } else {
            *out++ = byte;
        }
    }
    return (size_t)(out - output);
}

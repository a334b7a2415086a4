#include "escape_scan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static inline int is_escaped(uint8_t byte) {
    return byte == '<' || byte == '>' || byte == '&' || byte == '"' || byte == '\'';
}

size_t opsguide_escape_position(const uint8_t *bytes, size_t count) {
    size_t index = 0;
#if defined(__SSE2__)
    const __m128i less = _mm_set1_epi8('<'), greater = _mm_set1_epi8('>'), ampersand = _mm_set1_epi8('&');
    const __m128i quote = _mm_set1_epi8('"'), apostrophe = _mm_set1_epi8('\'');
    for (; index + 16 <= count; index += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(bytes + index));
        __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, less), _mm_cmpeq_epi8(v, greater)),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, ampersand), _mm_cmpeq_epi8(v, quote)), _mm_cmpeq_epi8(v, apostrophe)));
        int mask = _mm_movemask_epi8(hits);
        if (mask) return index + (size_t)__builtin_ctz((unsigned)mask);
    }
#endif
    for (; index < count; index++) {
        if (is_escaped(bytes[index])) return index;
    }
    return count;
}

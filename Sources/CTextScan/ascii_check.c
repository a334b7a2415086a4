#include "ascii_check.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

int opsguide_is_ascii(const uint8_t *bytes, size_t count) {
    size_t index = 0;
#if defined(__SSE2__)
    __m128i any = _mm_setzero_si128();
    for (; index + 16 <= count; index += 16) any = _mm_or_si128(any, _mm_loadu_si128((const __m128i *)(bytes + index)));
    if (_mm_movemask_epi8(any)) return 0;
#endif
    uint8_t rest = 0;
    for (; index < count; index++) rest |= bytes[index];
    return rest < 0x80;
}

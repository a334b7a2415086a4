#include "alphanumeric_bits.h"

#include "sse2_lanes.h"

void opsguide_alphanumeric_bits(const uint8_t *bytes, size_t count, uint64_t *bits) {
    size_t start = 0;
#if defined(__SSE2__)
    for (; start + 64 <= count; start += 64) {
        uint64_t word = 0;
        for (int part = 0; part < 4; part++) {
            __m128i v = _mm_loadu_si128((const __m128i *)(bytes + start + 16 * part));
            word |= mask16(alphanumeric16(v)) << (16 * part);
        }
        bits[start / 64] = word;
    }
#endif
    for (; start < count; start += 64) {
        uint64_t word = 0;
        for (size_t i = start; i < count && i < start + 64; i++) word |= (uint64_t)is_alphanumeric(bytes[i]) << (i - start);
        bits[start / 64] = word;
    }
}

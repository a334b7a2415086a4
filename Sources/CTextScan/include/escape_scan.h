#ifndef OPSGUIDE_ESCAPE_SCAN_H
#define OPSGUIDE_ESCAPE_SCAN_H

#include <stddef.h>
#include <stdint.h>

/// Writes `count` bytes to `output` escaped for HTML element content and quoted attribute
/// values (`&lt;`, `&gt;`, `&amp;`, `&quot;`, `&#39;`) and returns how many bytes it wrote.
/// `output` has room for `6 * count` bytes (each of them a `&quot;`).
///
/// In C for SSE2: templates escape every title and summary of every list, megabytes per build,
/// and nearly none of it needs a replacement; sixteen bytes are ruled out and copied in a few
/// instructions. One call for a whole value: a call per run between replaced bytes, with its
/// own append, cost more than the escaping.
size_t opsguide_escape_html(const uint8_t *bytes, size_t count, uint8_t *output);

#endif

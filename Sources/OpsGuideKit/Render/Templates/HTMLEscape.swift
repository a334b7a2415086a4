import CTextScan

/// Escapes text for HTML element content and quoted attribute values: `<`, `>`, `&`, `"` and `'`.
enum HTMLEscape {
    static func append(_ text: String, to output: inout ByteBuffer) {
        text.withUTF8Bytes { append($0, to: &output) }
    }

    /// `append` of UTF-8 bytes: in one call (`opsguide_escape_html`) when the buffer has room
    /// for the longest result, else run by run, so that the room asked for never grows it.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) {
        guard let base = bytes.baseAddress else { return }
        if output.hasRoom(for: 6 * bytes.count) {
            output.append(atMost: 6 * bytes.count) { opsguide_escape_html(base, bytes.count, $0) }
            return
        }
        var start = 0
        while start < bytes.count {
            let index = start + opsguide_escape_position(base + start, bytes.count - start)
            output.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            guard index < bytes.count else { return }
            output.append(atMost: 6) { opsguide_escape_html(base + index, 1, $0) }
            start = index + 1
        }
    }
}

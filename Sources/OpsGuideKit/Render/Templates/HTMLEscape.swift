import CTextScan

/// Escapes text for HTML element content and quoted attribute values: `<`, `>`, `&`, `"` and `'`.
enum HTMLEscape {
    static func append(_ text: String, to output: inout ByteBuffer) {
        text.withUTF8Bytes { append($0, to: &output) }
    }

    /// `append` of UTF-8 bytes, escaped in one call (`opsguide_escape_html`) into room for the
    /// longest result. Escaped values are titles, links and summaries, so the room asked for
    /// (six bytes a byte) is small; the page's own HTML is never escaped.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) {
        guard let base = bytes.baseAddress else { return }
        output.append(atMost: 6 * bytes.count) { opsguide_escape_html(base, bytes.count, $0) }
    }
}

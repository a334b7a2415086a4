import CTextScan

/// Escapes text for HTML element content and quoted attribute values: `<`, `>`, `&`, `"` and `'`.
enum HTMLEscape {
    static func append(_ text: String, to output: inout ByteBuffer) {
        text.withUTF8Bytes { append($0, to: &output) }
    }

    /// `append` of UTF-8 bytes: the runs between replaced bytes are copied whole, found by
    /// `opsguide_escape_position`.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count {
            let index = start + opsguide_escape_position(base + start, bytes.count - start)
            output.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            guard index < bytes.count else { return }
            let replacement: StaticString
            switch bytes[index] {
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            default: replacement = "&#39;"
            }
            output.append(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            start = index + 1
        }
    }
}

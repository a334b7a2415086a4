/// Escapes text for HTML element content and quoted attribute values: `<`, `>`, `&`, `"` and `'`.
enum HTMLEscape {
    static func append(_ text: String, to output: inout ByteBuffer) {
        text.withUTF8Bytes { append($0, to: &output) }
    }

    /// `append` of UTF-8 bytes.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        var index = 0
        while index < bytes.count {
            // Most text has nothing to escape: eight bytes are ruled out at once.
            if index + 8 <= bytes.count, !mayNeedEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let replacement: StaticString
            switch bytes[index] {
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default:
                index += 1
                continue
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            output.append(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            index += 1
            start = index
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// Whether any of the eight bytes of `word` may be one that is escaped (never false for one
    /// that is).
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        (ByteLanes.equal(word, UInt8(ascii: "<")) | ByteLanes.equal(word, UInt8(ascii: ">")) | ByteLanes.equal(word, UInt8(ascii: "&"))
            | ByteLanes.equal(word, UInt8(ascii: "\"")) | ByteLanes.equal(word, UInt8(ascii: "'"))) != 0
    }
}

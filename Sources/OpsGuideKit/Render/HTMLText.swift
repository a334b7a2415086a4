/// The readable text of an HTML fragment written by cmark, for the search index.
///
/// cmark escapes every `<` of the text, so every `<` it writes opens a tag: tags are dropped,
/// block-level tags become a space, and the few entities cmark writes are decoded. Headings can
/// be left out, for an excerpt that reads as running text.
enum HTMLText {
    static let blockTags: Set<String> = [
        "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "br", "hr",
        "table", "tr", "td", "th", "dt", "dd", "div",
    ]

    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    static func plainText(_ html: String, skippingHeadings: Bool = false) -> String {
        if let text = asciiPlainText(html, skippingHeadings: skippingHeadings) { return text }
        var text = ""
        var index = html.startIndex
        var inHeading = false
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close]
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                if blockTags.contains(name) { text.append(" ") }
                if skippingHeadings, headingTags.contains(name) { inHeading = !tag.hasPrefix("/") }
                index = html.index(after: close)
            } else if inHeading {
                index = html.index(after: index)
            } else if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";"),
                let decoded = entity(html[html.index(after: index)..<semicolon])
            {
                text.unicodeScalars.append(decoded)
                index = html.index(after: semicolon)
            } else {
                text.append(character)
                index = html.index(after: index)
            }
        }
        return collapseWhitespace(text)
    }

    /// `plainText` over the bytes of an all-ASCII fragment; nil for any other fragment.
    static func asciiPlainText(_ html: String, skippingHeadings: Bool) -> String? {
        var html = html
        return html.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func isAlphanumeric(_ byte: UInt8) -> Bool {
                (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            }
            var text: [UInt8] = []
            text.reserveCapacity(bytes.count)
            var decodedNonASCII = false
            var inHeading = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<"), let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                    var start = index + 1
                    while start < close, bytes[start] == UInt8(ascii: "/") { start += 1 }
                    var end = start
                    while end < close, isAlphanumeric(bytes[end]) { end += 1 }
                    let name = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
                    if blockTags.contains(name) { text.append(0x20) }
                    if skippingHeadings, headingTags.contains(name) { inHeading = !(index + 1 < close && bytes[index + 1] == UInt8(ascii: "/")) }
                    index = close + 1
                } else if inHeading {
                    index += 1
                } else if byte == UInt8(ascii: "&"),
                    let semicolon = bytes[index..<min(index + 10, bytes.count)].firstIndex(of: UInt8(ascii: ";")),
                    let decoded = entity(Substring(String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)))
                {
                    if decoded.isASCII { text.append(UInt8(decoded.value)) } else {
                        decodedNonASCII = true
                        text.append(contentsOf: String(decoded).utf8)
                    }
                    index = semicolon + 1
                } else {
                    text.append(byte)
                    index += 1
                }
            }
            if decodedNonASCII { return collapseWhitespace(String(decoding: text, as: UTF8.self)) }
            return text.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) })
                .map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
        }
    }

    static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func entity(_ name: Substring) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.first == "#" else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }
}

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
        asciiPlainText(html, skippingHeadings: skippingHeadings) ?? characterPlainText(html, skippingHeadings: skippingHeadings)
    }

    /// `plainText` over the characters of any fragment.
    static func characterPlainText(_ html: String, skippingHeadings: Bool) -> String {
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

    /// `plainText` over the bytes of an all-ASCII fragment whose entities decode to ASCII, in one
    /// pass that collapses whitespace as it writes; nil for any other fragment, which the
    /// `Character` path handles (grapheme clusters and canonical equivalence matter there, and
    /// on ASCII both paths give the same text).
    static func asciiPlainText(_ html: String, skippingHeadings: Bool) -> String? {
        html.withUTF8Bytes { asciiPlainText($0, skippingHeadings: skippingHeadings) }
    }

    /// `asciiPlainText` of the fragment in `bytes`; a fragment with any byte beyond ASCII is
    /// turned away before it is read.
    static func asciiPlainText(_ bytes: UnsafeBufferPointer<UInt8>, skippingHeadings: Bool) -> String? {
        guard bytes.isASCII else { return nil }
        return asciiPlainText(bytes, skippingHeadings: skippingHeadings, stoppingAfter: .max)
    }

    /// The start of `asciiPlainText` of the fragment in `bytes`: the text is read until it has
    /// more than `limit` bytes (its first `limit` + 1 are then those of the whole text), and
    /// only the bytes read so far need be ASCII. A search excerpt needs a page's first few
    /// hundred characters only.
    static func asciiPlainText(_ bytes: UnsafeBufferPointer<UInt8>, skippingHeadings: Bool, stoppingAfter limit: Int) -> String? {
        guard !bytes.isEmpty else { return "" }
        var end: Int?
        // The text is never longer than the HTML, and a full writer holds at most `limit` + 2
        // bytes (a space and a byte past the limit): an excerpt does not need room for the page.
        let text = String(unsafeUninitializedCapacity: limit < bytes.count - 2 ? limit + 2 : bytes.count) { buffer in
            var text = ASCIITextWriter(buffer, limit: limit)
            end = read(bytes, skippingHeadings: skippingHeadings, into: &text)
            return text.count
        }
        guard let end, UnsafeBufferPointer(rebasing: bytes[..<end]).isASCII else { return nil }
        return text
    }

    /// ASCII text with every run of whitespace made one space and none at either end, written
    /// until it is longer than `limit` bytes (its first `limit` + 1 are then those of the whole).
    static func collapsedASCII(_ text: UnsafeBufferPointer<UInt8>, stoppingAfter limit: Int) -> String {
        String(unsafeUninitializedCapacity: min(text.count, limit + 2)) { buffer in
            var writer = ASCIITextWriter(buffer, limit: limit)
            var index = 0
            while index < text.count, !writer.isFull {
                writer.read(text[index])
                index += 1
            }
            return writer.count
        }
    }

    /// Hands `reader` each byte of the text of ASCII `html`: tags dropped, a space for each
    /// block tag, entities decoded, heading text skipped when asked; whitespace is not
    /// collapsed. Stops when the reader is full; returns where it stopped, or nil, having
    /// stopped, at an entity beyond ASCII.
    @inline(__always)
    static func read<Reader: HTMLTextReader>(_ html: UnsafeBufferPointer<UInt8>, skippingHeadings: Bool, into reader: inout Reader) -> Int? {
        var inHeading = false
        var index = 0
        while index < html.count, !reader.isFull {
            let byte = html[index]
            if byte == UInt8(ascii: "<"), let close = html.index(of: UInt8(ascii: ">"), from: index + 1) {
                let tag = tagKind(html, from: index + 1, to: close)
                if tag.isBlock { reader.read(UInt8(ascii: " ")) }
                if skippingHeadings, tag.isHeading { inHeading = html[index + 1] != UInt8(ascii: "/") }
                index = close + 1
            } else if inHeading {
                index += 1
            } else if byte == UInt8(ascii: "&"),
                let semicolon = html.index(of: UInt8(ascii: ";"), from: index + 1, to: min(html.count, index + 10)),
                let decoded = entity(UnsafeBufferPointer(rebasing: html[(index + 1)..<semicolon]))
            {
                guard decoded.isASCII else { return nil }
                reader.read(UInt8(decoded.value))
                index = semicolon + 1
            } else {
                reader.read(byte)
                index += 1
            }
        }
        return index
    }

    /// ASCII text written into a buffer at least as long as the HTML it comes from (every byte
    /// written stands for one or more bytes read), with every run of whitespace turned into one
    /// space and none at either end: `collapseWhitespace` as the text is written.
    private struct ASCIITextWriter: HTMLTextReader {
        private let buffer: UnsafeMutableBufferPointer<UInt8>
        /// Full past this many bytes.
        private let limit: Int
        private(set) var count = 0
        /// Whitespace was read after some text: a space goes before the next text.
        private var pendingSpace = false

        init(_ buffer: UnsafeMutableBufferPointer<UInt8>, limit: Int) {
            self.buffer = buffer
            self.limit = limit
        }

        var isFull: Bool { count > limit }

        mutating func read(_ byte: UInt8) {
            if byte == UInt8(ascii: " ") || byte &- 0x09 <= 0x0D - 0x09 {
                pendingSpace = count > 0
                return
            }
            if pendingSpace {
                buffer[count] = UInt8(ascii: " ")
                count += 1
                pendingSpace = false
            }
            buffer[count] = byte
            count += 1
        }
    }

    /// Whether the tag in `html[start..<end]` (between `<` and `>`) is a block tag, which
    /// separates words, and whether it is a heading.
    static func tagKind(_ html: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (isBlock: Bool, isHeading: Bool) {
        guard let tag = tagKey(html, from: start, to: end), tag != 0 else { return (false, false) }
        return tagKinds.withUnsafeBufferPointer { slots in
            var slot = tagSlot(tag)
            while slots[slot].key != 0 {
                if slots[slot].key == tag { return (true, slots[slot].isHeading) }
                slot = (slot + 1) & (slots.count - 1)
            }
            return (false, false)
        }
    }

    /// The length of the name and `;` at `index` when they make one of the entities cmark writes
    /// by name, otherwise 0: `entity(_:)` for the names that follow a `&`, without a string.
    static func namedEntityLength(_ html: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        var name: UInt64 = 0
        for offset in 0..<max(0, min(5, html.count - index)) { name |= UInt64(html[index + offset]) << (8 * offset) }
        for entity in packedEntityNames where name & entity.mask == entity.name { return entity.length }
        return 0
    }

    /// Each of `namedEntities`' names and its `;`, packed little-endian into an integer, with
    /// the mask of its bytes and their count.
    private static let packedEntityNames = namedEntities.map { entity in
        let bytes = Array((entity.name + ";").utf8)
        let name = bytes.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return (name: name, mask: UInt64.max >> (64 - 8 * bytes.count), length: bytes.count)
    }

    /// The key of the name of the tag in `html[start..<end]` (after any `/`, its letters and
    /// digits; `tagKey(_:)`), read in one pass over the bytes.
    private static func tagKey(_ html: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64? {
        var index = start
        while index < end, html[index] == UInt8(ascii: "/") { index += 1 }
        var key: UInt64 = 0
        var length = 0
        while index < end, let code = tagCode(html[index]) {
            length += 1
            if length > maximumTagName { return nil }
            key = key << 6 | UInt64(code)
            index += 1
        }
        return key
    }

    /// No block tag is longer than `blockquote`.
    private static let maximumTagName = 10

    /// A letter's or digit's six-bit code in a tag key (letters lowercased), nil for any other byte.
    @inline(__always)
    private static func tagCode(_ byte: UInt8) -> UInt8? {
        if byte &- 0x30 < 10 { return byte - 0x30 + 1 }
        let lowered = byte | 0x20
        return lowered &- 0x61 < 26 ? lowered - 0x61 + 11 : nil
    }

    /// An ASCII tag name of at most `maximumTagName` letters and digits packed into an integer,
    /// lowercased, six bits a character, so that the tag table is searched without making
    /// strings; nil for a longer name.
    private static func tagKey(_ name: UnsafeBufferPointer<UInt8>) -> UInt64? {
        tagKey(name, from: 0, to: name.count)
    }

    /// The block tags' keys at their slots of a 64-slot table (linear probing; 0 in an empty
    /// slot, which no name of a letter or more has), each marked as a heading or not. Every tag
    /// of every page is looked up: a probe or two instead of comparing with each block tag.
    private static let tagKinds: [(key: UInt64, isHeading: Bool)] = {
        var slots = [(key: UInt64, isHeading: Bool)](repeating: (0, false), count: 64)
        for name in blockTags.sorted() {
            var name = name
            let key = name.withUTF8 { tagKey($0)! }
            var slot = tagSlot(key)
            while slots[slot].key != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (key, headingTags.contains(name))
        }
        return slots
    }()

    private static func tagSlot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// `entity(_:)` over the bytes of an ASCII name.
    private static func entity(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        if name.first == UInt8(ascii: "#") { return entity(Substring(String(decoding: name, as: UTF8.self))) }
        return namedEntities.first { name.elementsEqual($0.name.utf8) }?.scalar
    }

    static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The entities cmark writes by name.
    private static let namedEntities: [(name: String, scalar: Unicode.Scalar)] = [
        ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("apos", "'"),
    ]

    private static func entity(_ name: Substring) -> Unicode.Scalar? {
        if let named = namedEntities.first(where: { $0.name == name }) { return named.scalar }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init)
    }
}

/// What `HTMLText.read` hands the text of a page to, byte by byte.
protocol HTMLTextReader {
    mutating func read(_ byte: UInt8)
    /// Whether it wants no more text.
    var isFull: Bool { get }
}

/// One page as the search index sees it: where it is, what it is called, and its text.
struct SearchDocument: Sendable {
    /// What a page is, shown beside each search result; the raw value is the one-letter code
    /// the index stores and `static/site.js` maps back to a label.
    enum Kind: String, Sendable {
        case methodology = "m"
        case practice = "p"
        case page = "s"
        case guide = "g"
        case recommendation = "r"
    }

    /// Output path relative to the site root (`practices/sast.html`).
    var path: String
    var kind: Kind
    var title: String
    var summary: String
    var headings: [String]
    /// The whole body; every word of it is indexed, a bounded excerpt is stored.
    var body: Body

    /// A body as plain text, or as a page's HTML read as its text (`HTMLText.plainText` with
    /// headings left out), which is indexed without making that text, or as that text before
    /// its whitespace is collapsed, when it is ASCII (`RenderedMarkdown.text`).
    enum Body: Sendable {
        case text(String)
        case html(String)
        case asciiText([UInt8])

        /// The string the body is made from.
        var source: String {
            switch self {
            case .text(let text), .html(let text): text
            case .asciiText(let bytes): String(decoding: bytes, as: UTF8.self)
            }
        }

        /// Hands `sink` every indexable term of the body, in order.
        func forEachTerm<Sink: SearchTermSink>(into sink: inout Sink) {
            switch self {
            case .text(let text): SearchTokenizer.forEachTerm(in: text, into: &sink)
            case .html(let html): SearchTokenizer.forEachTerm(inHTML: html, into: &sink)
            case .asciiText(let bytes):
                bytes.withUnsafeBufferPointer { HTMLTermScanner.scanText($0, stopWords: SearchTokenizer.asciiStopWords, into: &sink) }
            }
        }

        /// `SearchIndex.bounded` of the body's text. For HTML that is ASCII as far as it is
        /// read, the text is read until it is longer than `limit`, which settles the excerpt.
        /// Otherwise the text of a prefix that ends just after a `>` is the start of the whole
        /// text (its last characters aside: every `<` before the cut finds the same `>`, and no
        /// entity spans it); once it is ASCII and comfortably longer than `limit`, it settles
        /// the excerpt.
        func excerpt(_ limit: Int) -> String {
            if case .asciiText(let bytes) = self {
                return SearchIndex.bounded(bytes.withUnsafeBufferPointer { HTMLText.collapsedASCII($0, stoppingAfter: limit) }, to: limit)
            }
            guard case .html(var html) = self else { return SearchIndex.bounded(source, to: limit) }
            let excerpt = html.withUTF8 { bytes -> String? in
                if let text = HTMLText.asciiPlainText(bytes, skippingHeadings: true, stoppingAfter: limit) {
                    return SearchIndex.bounded(text, to: limit)
                }
                var end = 2 * limit
                while end < bytes.count {
                    let cut = bytes[..<end].lastIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? 0
                    let prefix = UnsafeBufferPointer(rebasing: bytes[..<cut])
                    let text: String
                    if let ascii = HTMLText.asciiPlainText(prefix, skippingHeadings: true) {
                        text = ascii
                    } else {
                        text = HTMLText.plainText(String(decoding: prefix, as: UTF8.self), skippingHeadings: true)
                        // Past ASCII, where a character may hold many bytes, the whole text decides.
                        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
                    }
                    if text.utf8.count > limit + 16 { return SearchIndex.bounded(text, to: limit) }
                    end *= 2
                }
                return nil
            }
            return excerpt ?? SearchIndex.bounded(HTMLText.plainText(html, skippingHeadings: true), to: limit)
        }
    }
}

extension SearchDocument.Body: ExpressibleByStringLiteral {
    init(stringLiteral text: String) { self = .text(text) }
}

import Ccmark
import CTextScan
import Foundation

/// The texts the Markdown walk (`MarkdownDocument.collect`) gathers as it goes, and the word
/// counts made from them.
extension MarkdownDocument {
    /// The text a reader reads in the document's HTML, as the search index takes it
    /// (`HTMLText.plainText` with headings left out, before its whitespace is collapsed): text
    /// and code as cmark writes it, a space where a block starts or ends or a line breaks, no
    /// heading and no image description (an attribute in HTML). Only for ASCII text without
    /// raw HTML, whose HTML cmark writes in one way only: `finished` is nil for any other.
    ///
    /// Gathered in the walk, the text costs a copy of each literal; reading it back out of the
    /// page's HTML cost the search index a pass over every tag and entity of every page.
    struct ReadableText {
        private var bytes: ByteBuffer
        /// Raw HTML is written as it is or left out, as site.yaml asks: no text of its own here.
        var hasRawHTML = false

        init(capacity: Int) {
            bytes = ByteBuffer(capacity: capacity)
        }

        /// Text or code outside headings and images.
        mutating func append(_ literal: UnsafeBufferPointer<UInt8>) {
            bytes.append(literal)
        }

        /// Where a block starts or ends, or a line breaks.
        mutating func separate() {
            bytes.append(UInt8(ascii: " "))
        }

        /// A code block, whose literal is all its text.
        mutating func appendBlock(literalOf node: OpaquePointer) {
            separate()
            if let literal = cmark_node_get_literal(node) {
                bytes.append(UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal)))
            }
            separate()
        }

        var finished: [UInt8]? {
            mutating get {
                guard !hasRawHTML, bytes.withBytes(\.isASCII) else { return nil }
                return bytes.finish()
            }
        }
    }

    /// Text literals gathered for one word count that equals the sum of their own counts.
    struct ProseText {
        var bytes: ByteBuffer
        /// Where each literal ends in `bytes` (its separating space).
        var ends: [Int] = []

        init(capacity: Int) {
            bytes = ByteBuffer(capacity: capacity)
            ends.reserveCapacity(128)
        }

        mutating func append(_ literal: UnsafeBufferPointer<UInt8>) {
            bytes.append(literal)
            ends.append(bytes.count)
            bytes.append(UInt8(ascii: " "))
        }

        /// The count up to `limit` (`min(count, limit)`): all at once for ASCII, literal by
        /// literal (`countWords`) when any byte is beyond it.
        func wordCount(upTo limit: Int) -> Int {
            bytes.withBytes { all in
                if let count = MarkdownDocument.asciiWordCount(all, upTo: limit) { return min(count, limit) }
                var count = 0
                var start = 0
                for end in ends where count < limit {
                    let literal = UnsafeBufferPointer(rebasing: all[start..<end])
                    count += MarkdownDocument.asciiWordCount(literal, upTo: limit - count)
                        ?? MarkdownDocument.countWords(String(decoding: literal, as: UTF8.self))
                    start = end + 1
                }
                return min(count, limit)
            }
        }
    }

    /// Words are runs of non-space characters that contain a letter or a digit.
    static func countWords(_ text: String) -> Int {
        var text = text
        if let count = text.withUTF8({ asciiWordCount($0) }) { return count }
        return text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }

    /// The same count over ASCII bytes, which stops at `limit` or a few words past it; nil when
    /// the text is not all ASCII (`CTextScan`).
    static func asciiWordCount(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int = .max) -> Int? {
        guard let base = bytes.baseAddress else { return 0 }
        let count = opsguide_ascii_word_count(base, bytes.count, limit)
        return count < 0 ? nil : count
    }
}

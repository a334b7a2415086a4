import Foundation

/// Splits text into search terms exactly as `static/site.js` splits a query, so that a word
/// typed in the browser finds the term the build indexed.
///
/// Both sides: canonical decomposition, combining diacritics (U+0300–U+036F) dropped,
/// lowercased, split on anything that is not a letter or a digit of any script. Terms shorter
/// than two characters and a few English function words are not indexed.
enum SearchTokenizer {
    static let minimumLength = 2
    static let maximumLength = 32
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it",
        "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will", "with",
    ]

    static func normalize(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars where !(0x300...0x36F).contains(scalar.value) {
            folded.append(scalar)
        }
        return String(folded).lowercased()
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Every indexable term of `text`, in order, repeats included.
    static func terms(_ text: String) -> [String] {
        var terms = TermList()
        forEachTerm(in: text, into: &terms)
        return terms.terms
    }

    private struct TermList: SearchTermSink {
        var terms: [String] = []
        mutating func add(_ key: SearchTermKey) { terms.append(key.string) }
        mutating func add(_ term: String) { terms.append(term) }
    }

    /// Hands `sink` every indexable term, in order, repeats included: the terms of `terms`,
    /// without a string for each ASCII term.
    ///
    /// The text is read in runs split at ASCII bytes that are neither letters nor digits. Those
    /// end a term in `unicodeTerms` too, and normalising never moves a character across them
    /// (they are canonical starters with no decomposition), so each run has the terms it would
    /// have as part of the whole text. An ASCII run is lowercased byte by byte into a zeroed
    /// buffer that then holds its key; a run holding any other character goes through
    /// `unicodeTerms`.
    static func forEachTerm<Sink: SearchTermSink>(in text: String, into sink: inout Sink) {
        let stopWords = asciiStopWords
        text.withUTF8Bytes { bytes in
            asciiFolding.withUnsafeBufferPointer { folding in
                withUnsafeTemporaryAllocation(byteCount: SearchTermKey.byteCount, alignment: 8) { term in
                    term.initializeMemory(as: UInt8.self, repeating: 0)
                    var start = 0
                    while start < bytes.count {
                        let end = readRun(bytes, from: start, folding: folding, stopWords: stopWords, term: term, into: &sink)
                        start = end + 1
                    }
                }
            }
        }
    }

    /// Hands `sink` every term of the text of a page's HTML (`HTMLText.plainText` with
    /// headings skipped), read from the HTML itself when it is ASCII with ASCII entities (as
    /// cmark writes it), without making the plain text.
    static func forEachTerm<Sink: SearchTermSink>(inHTML html: String, into sink: inout Sink) {
        let read = html.withUTF8Bytes { bytes -> Bool in
            guard bytes.isASCII, !containsNumericEntity(bytes) else { return false }
            HTMLTermScanner.scan(bytes, stopWords: asciiStopWords, into: &sink)
            return true
        }
        if !read { forEachTerm(in: HTMLText.plainText(html, skippingHeadings: true), into: &sink) }
    }

    /// Whether `&#` occurs: a numeric entity may stand for a character beyond ASCII.
    private static func containsNumericEntity(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while let index = bytes.index(of: UInt8(ascii: "&"), from: start) {
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "#") { return true }
            start = index + 1
        }
        return false
    }

    /// Reads the run of `text` from `start` and hands its terms to `sink`, folding ASCII into
    /// `term` (zeroed before and after); returns the index of the separator that ends it.
    @inline(__always)
    private static func readRun<Sink: SearchTermSink>(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, folding: UnsafeBufferPointer<UInt8>,
        stopWords: SearchStopWords, term: UnsafeMutableRawBufferPointer, into sink: inout Sink
    ) -> Int {
        var end = start
        var union: UInt8 = 0
        while end < text.count {
            let folded = folding[Int(text[end])]
            if folded == separator { break }
            // Past 32 bytes this wraps around, but such a run is no ASCII term.
            term[(end &- start) & (SearchTermKey.byteCount - 1)] = folded
            union |= folded
            end &+= 1
        }
        let length = end - start
        guard length > 0 else { return end }
        let key = takeKey(term, length: length, stopWords: stopWords)
        if union & beyondASCII != 0 {
            unicodeRun(UnsafeBufferPointer(rebasing: text[start..<end]), into: &sink)
        } else if let key {
            sink.add(key)
        }
        return end
    }

    /// The key of the `length` folded bytes in `term`, which is zeroed again, when they make an
    /// indexable ASCII term (long enough, short enough, no stop word).
    @inline(__always)
    private static func takeKey(
        _ term: UnsafeMutableRawBufferPointer, length: Int, stopWords: SearchStopWords
    ) -> SearchTermKey? {
        let key = SearchTermKey(zeroPadded: term.baseAddress!)
        for offset in stride(from: 0, to: SearchTermKey.byteCount, by: 8) {
            term.storeBytes(of: 0, toByteOffset: offset, as: UInt64.self)
        }
        guard length >= minimumLength, length <= maximumLength, !stopWords.contains(key) else { return nil }
        return key
    }

    private static let separator: UInt8 = 0
    private static let beyondASCII: UInt8 = 0x80

    /// Byte → the byte in a term (digits and lowercase letters as they are, uppercase letters
    /// lowercased), `separator` for any other ASCII byte, `beyondASCII` for a byte of a longer
    /// UTF-8 sequence (the only value with that bit).
    private static let asciiFolding: [UInt8] = (0...255).map { (byte: UInt8) -> UInt8 in
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"): return byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte | 0x20
        case 0x80...: return beyondASCII
        default: return separator
        }
    }

    /// The terms of a run holding characters beyond ASCII, each passed on by what it holds
    /// (accents folded away, `déploiement` is an ASCII term).
    private static func unicodeRun<Sink: SearchTermSink>(_ run: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        for var term in unicodeTerms(String(decoding: run, as: UTF8.self)) {
            if term.utf8.allSatisfy({ $0 < 0x80 }) { term.withUTF8 { sink.add(SearchTermKey($0)) } } else { sink.add(term) }
        }
    }

    /// `stopWords`, checked by key.
    static let asciiStopWords = SearchStopWords(stopWords)

    /// The terms of any text, through canonical decomposition and `Unicode.Scalar` properties.
    static func unicodeTerms(_ text: String) -> [String] {
        var terms: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= minimumLength, current.count <= maximumLength {
                let term = String(current)
                if !stopWords.contains(term) { terms.append(term) }
            }
            current = String.UnicodeScalarView()
        }
        for scalar in normalize(text).unicodeScalars {
            if isWordScalar(scalar) { current.append(scalar) } else { flush() }
        }
        flush()
        return terms
    }

    /// The shard a term lives in: its first two characters when they are ASCII letters or
    /// digits, otherwise `u` and their code points in hexadecimal (file names stay ASCII).
    static func shard(of term: String) -> String {
        let head = Array(term.unicodeScalars.prefix(2))
        if head.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) {
            return String(String.UnicodeScalarView(head))
        }
        return "u" + head.map { String($0.value, radix: 16) }.joined(separator: "-")
    }
}

/// What `SearchTokenizer.forEachTerm` hands the terms to.
protocol SearchTermSink {
    /// An indexable term that is all ASCII.
    mutating func add(_ key: SearchTermKey)
    /// Any other indexable term.
    mutating func add(_ term: String)
}

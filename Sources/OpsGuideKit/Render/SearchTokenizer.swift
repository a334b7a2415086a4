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

    /// `terms` over the bytes of an all-ASCII text (where normalising changes nothing but case);
    /// nil for any other text.
    static func asciiTerms(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var terms: [String] = []
            var current: [UInt8] = []
            func flush() {
                if current.count >= minimumLength, current.count <= maximumLength {
                    let term = String(decoding: current, as: UTF8.self)
                    if !stopWords.contains(term) { terms.append(term) }
                }
                current.removeAll(keepingCapacity: true)
            }
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x30 && byte <= 0x39 {
                    current.append(byte)
                } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                    current.append(byte | 0x20)
                } else {
                    flush()
                }
            }
            flush()
            return terms
        }
    }

    /// Every indexable term of `text`, in order, repeats included.
    static func terms(_ text: String) -> [String] {
        if let terms = asciiTerms(text) { return terms }
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

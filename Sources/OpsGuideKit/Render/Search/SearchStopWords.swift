/// The stop words as keys, so that a word read from a page is checked without a string.
///
/// Every stop word is ASCII and at most four letters long, so the first word of its key is all
/// of it. A bit set settles nearly every word; the few it does not are looked up in the sorted
/// first words.
struct SearchStopWords {
    /// The first words of the stop words' keys, in ascending order.
    private let words: [UInt64]
    /// One bit per stop word, at `bit(_:)` of its first word: a word whose bit is clear is no
    /// stop word.
    private let bits: UInt64

    init(_ stopWords: Set<String>) {
        words = stopWords.map { word in
            precondition(word.utf8.count <= 4 && word.utf8.allSatisfy { $0 < 0x80 })
            var word = word
            return word.withUTF8 { SearchTermKey($0).firstWord }
        }.sorted()
        bits = words.reduce(0) { $0 | 1 << Self.bit($1) }
    }

    /// Whether the term `key`, `length` bytes long, is a stop word.
    @inline(__always)
    func contains(_ key: SearchTermKey, length: Int) -> Bool {
        length <= 4 && containsShort(key.firstWord)
    }

    /// Whether the term whose key has `firstWord` as its only non-zero word is a stop word.
    @inline(__always)
    func containsShort(_ firstWord: UInt64) -> Bool {
        guard bits & (1 << Self.bit(firstWord)) != 0 else { return false }
        var low = 0
        var high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle] < firstWord { low = middle + 1 } else { high = middle }
        }
        return low < words.count && words[low] == firstWord
    }

    @inline(__always)
    private static func bit(_ firstWord: UInt64) -> UInt64 {
        (firstWord &* 0x9E37_79B9_7F4A_7C15) >> 58
    }
}

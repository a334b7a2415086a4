/// The stop words as keys, so that a word read from a page is checked without a string.
///
/// Every stop word is ASCII and at most four letters long, so the first word of its key is all
/// of it, and no longer term's first word can equal it. The first words sit in a table of 256
/// slots with no two in one slot (the multiplier of the slot hash is searched for when the
/// table is made: a few tries for the 27 stop words), so a word is a stop word exactly when its
/// slot holds its first word: one load and one comparison, with no branch on the word's length
/// or on a probe, which the processor mispredicted for a good part of the words of every page.
struct SearchStopWords {
    /// First words of stop words at their slots, zero in the others: no key is zero.
    private let slots: [UInt64]
    private let multiplier: UInt64
    private static let slotBits: UInt64 = 8

    init(_ stopWords: Set<String>) {
        let firstWords = stopWords.sorted().map { word -> UInt64 in
            precondition(word.utf8.count <= 4 && word.utf8.allSatisfy { $0 < 0x80 })
            var word = word
            return word.withUTF8 { SearchTermKey($0).firstWord }
        }
        var multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        while true {
            var slots = [UInt64](repeating: 0, count: 1 << Self.slotBits)
            let placed = firstWords.allSatisfy { word in
                let slot = Self.slot(word, multiplier)
                guard slots[slot] == 0 else { return false }
                slots[slot] = word
                return true
            }
            if placed {
                (self.slots, self.multiplier) = (slots, multiplier)
                return
            }
            multiplier &+= 0x6A09_E667_F3BC_C90A
        }
    }

    /// Whether the term `key` is a stop word.
    @inline(__always)
    func contains(_ key: SearchTermKey) -> Bool {
        contains(firstWord: key.firstWord)
    }

    /// Whether the term whose key starts with `firstWord` is a stop word.
    @inline(__always)
    func contains(firstWord: UInt64) -> Bool {
        slots.withUnsafeBufferPointer { $0[Self.slot(firstWord, multiplier)] == firstWord }
    }

    @inline(__always)
    private static func slot(_ firstWord: UInt64, _ multiplier: UInt64) -> Int {
        Int(truncatingIfNeeded: (firstWord &* multiplier) >> (64 - slotBits))
    }
}

/// The stop words as keys, so that a word read from a page is checked without a string.
///
/// Every stop word is ASCII and at most four letters long, so the first word of its key is all
/// of it. The first words sit in an open-addressing table of 512 slots, a fifth full: a word
/// is nearly always settled by its first slot, without the branches of a binary search (a
/// 64-bit filter in front of one let four short words in five through).
struct SearchStopWords {
    /// First words of stop words at their hash slots (linear probing), zero in empty slots: no
    /// key is zero.
    private let slots: [UInt64]
    private static let slotBits: UInt64 = 9

    init(_ stopWords: Set<String>) {
        precondition(stopWords.count < (1 << Self.slotBits) / 2)
        var slots = [UInt64](repeating: 0, count: 1 << Self.slotBits)
        for word in stopWords.sorted() {
            precondition(word.utf8.count <= 4 && word.utf8.allSatisfy { $0 < 0x80 })
            var word = word
            let firstWord = word.withUTF8 { SearchTermKey($0).firstWord }
            var slot = Self.slot(firstWord)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = firstWord
        }
        self.slots = slots
    }

    /// Whether the term `key`, `length` bytes long, is a stop word.
    @inline(__always)
    func contains(_ key: SearchTermKey, length: Int) -> Bool {
        length <= 4 && containsShort(key.firstWord)
    }

    /// Whether the term whose key has `firstWord` as its only non-zero word is a stop word.
    @inline(__always)
    func containsShort(_ firstWord: UInt64) -> Bool {
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(firstWord)
            while true {
                let entry = slots[slot]
                if entry == firstWord { return true }
                if entry == 0 { return false }
                slot = (slot + 1) & (slots.count - 1)
            }
        }
    }

    @inline(__always)
    private static func slot(_ firstWord: UInt64) -> Int {
        Int(truncatingIfNeeded: (firstWord &* 0x9E37_79B9_7F4A_7C15) >> (64 - slotBits))
    }
}

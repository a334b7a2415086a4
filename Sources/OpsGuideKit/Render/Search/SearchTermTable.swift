/// ASCII terms numbered in the order they were first added.
///
/// The index looks up every word of every page, once in its document and once when the
/// documents are merged. This stands in for `[String: Int]` there: making a `String` and hashing
/// it with SipHash for each word cost more than all the rest of the index. Terms are
/// `SearchTermKey`s in an open-addressing table with linear probing.
struct SearchTermTable {
    private(set) var keys: [SearchTermKey] = []
    /// Term number + 1 in each slot, 0 for an empty slot; the count is a power of two, more
    /// than twice the number of terms.
    private var slots: [Int32]
    /// 64 minus log2 of the slot count: a hash shifted right by this is a slot.
    private var shift: UInt64

    /// A table that grows only beyond `capacity` terms.
    init(capacity: Int) {
        var bits: UInt64 = 8
        while 1 << bits < 2 * capacity { bits += 1 }
        slots = [Int32](repeating: 0, count: 1 << bits)
        shift = 64 - bits
        keys.reserveCapacity(capacity)
    }

    var count: Int { keys.count }

    /// The number of `key`; a new term gets the next number. Inlined: this runs for every
    /// word, and most words are found.
    @inline(__always)
    mutating func number(of key: SearchTermKey) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if keys[number] == key { return number }
            slot = (slot + 1) & mask
        }
        return insert(key, at: slot)
    }

    @inline(never)
    private mutating func insert(_ key: SearchTermKey, at slot: Int) -> Int {
        keys.append(key)
        slots[slot] = Int32(keys.count)
        if 2 * keys.count >= slots.count { grow() }
        return keys.count - 1
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (number, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key.hash >> shift)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}

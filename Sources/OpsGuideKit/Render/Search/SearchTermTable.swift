/// ASCII terms numbered in the order they were first added, each with a number kept beside
/// it (a document's weight sums).
///
/// The index looks up every word of every page, once in its document and once when the
/// documents are merged. This stands in for `[String: Int]` there: making a `String` and hashing
/// it with SipHash for each word cost more than all the rest of the index. Terms are
/// `SearchTermKey`s in an open-addressing table with linear probing, over buffers the table
/// owns (no array uniqueness or bounds check per word); `deallocate()` frees them.
struct SearchTermTable {
    /// By term number.
    private(set) var keys: UnsafeMutablePointer<SearchTermKey>
    /// By term number; 0 for a new term.
    private(set) var values: UnsafeMutablePointer<Int32>
    private(set) var count = 0
    private var capacity: Int
    /// Term number + 1 in each slot, 0 for an empty one; the slot count is a power of two at
    /// least twice `capacity`.
    private var slots: UnsafeMutablePointer<Int32>
    private var slotMask: Int
    /// 64 minus log2 of the slot count: a hash shifted right by this is a slot.
    private var shift: UInt64

    /// A table that grows only beyond `capacity` terms.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        keys = .allocate(capacity: self.capacity)
        values = .allocate(capacity: self.capacity)
        var bits: UInt64 = 1
        while 1 << bits < 2 * self.capacity { bits += 1 }
        slotMask = (1 << bits) - 1
        shift = 64 - bits
        slots = .allocate(capacity: 1 << bits)
        slots.initialize(repeating: 0, count: 1 << bits)
    }

    func deallocate() {
        keys.deallocate()
        values.deallocate()
        slots.deallocate()
    }

    /// The number of `key`; a new term gets the next number. Inlined: this runs for every
    /// word, and most words are found.
    @inline(__always)
    mutating func number(of key: SearchTermKey) -> Int {
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return insert(key, at: slot) }
            if keys[entry - 1] == key { return entry - 1 }
            slot = (slot + 1) & slotMask
        }
    }

    @inline(never)
    private mutating func insert(_ key: SearchTermKey, at slot: Int) -> Int {
        if count == capacity {
            grow()
            return number(of: key)
        }
        (keys + count).initialize(to: key)
        (values + count).initialize(to: 0)
        count += 1
        slots[slot] = Int32(count)
        return count - 1
    }

    /// Doubles every buffer and places the terms again.
    private mutating func grow() {
        var larger = SearchTermTable(capacity: capacity * 2)
        for number in 0..<count {
            let moved = larger.number(of: keys[number])
            larger.values[moved] = values[number]
        }
        deallocate()
        self = larger
    }
}

/// Counts the words of ASCII text eight bytes at a time: the runs of bytes other than white
/// space (tab to carriage return, and the space) that hold a letter or a digit.
///
/// Each byte of a word of memory is a lane whose high bit carries a flag. A run is counted at
/// its first letter or digit: the flags of letters and digits are carried forward through the
/// run (three shifts cover a word), and a letter or digit is the first when none came before it
/// in its run, in this word or, through `carry`, in the words before.
struct ASCIIWordCounter {
    private(set) var count = 0
    /// The high bit of lane 0 when the last byte added was in a run that already has a letter
    /// or digit.
    private var carry: UInt64 = 0
    /// Every byte added, or-ed together: a byte beyond ASCII sets the high bit.
    private var union: UInt64 = 0

    var isASCII: Bool { union & ByteLanes.high == 0 }

    /// Adds the eight bytes of `word`, in memory order. The count is meaningless once a byte
    /// beyond ASCII was added (`isASCII`).
    @inline(__always)
    mutating func add(_ word: UInt64) {
        union |= word
        let space = ByteLanes.inRange(word, 0x09, 0x0D) | ByteLanes.inRange(word, 0x20, 0x20)
        let inRun = ~space & ByteLanes.high
        let alphanumeric = ByteLanes.alphanumeric(word)
        var seen = alphanumeric | (carry & inRun)
        var span = inRun
        seen |= (seen << 8) & span
        span &= span << 8
        seen |= (seen << 16) & span
        span &= span << 16
        seen |= (seen << 32) & span
        // One flag per lane at most: moved to the lanes' low bits, a multiply sums them into
        // the top lane (a population count without the instruction).
        count += Int((((alphanumeric & ~((seen << 8) | carry)) >> 7) &* ByteLanes.each(1)) >> 56)
        carry = (seen >> 56) & 0x80
    }

}

/// An ASCII search term, held in four words: its bytes in order in memory, then zeros.
///
/// An ASCII term has at most `SearchTokenizer.maximumLength` (32) bytes, all letters and
/// digits, never zero, so the four words alone tell terms apart. Comparing or hashing a term is
/// then a few word operations rather than a loop over bytes, and no `String` is made for each
/// of the hundreds of thousands of words the index counts.
struct SearchTermKey: Equatable {
    static let byteCount = 32

    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The key of a term of at most `byteCount` bytes.
    init(_ term: UnsafeBufferPointer<UInt8>) {
        precondition(term.count <= Self.byteCount)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(term)) }
    }

    /// The key of the term at `memory`, which holds the term and then zeros up to `byteCount`
    /// bytes.
    init(zeroPadded memory: UnsafeRawPointer) {
        words = (
            memory.loadUnaligned(as: UInt64.self), memory.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
            memory.loadUnaligned(fromByteOffset: 16, as: UInt64.self), memory.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
    }

    /// The key of the `length` bytes at `memory`, each or-ed with `bits`, when `memory` has at
    /// least `byteCount` readable bytes: four loads and masks instead of a copy.
    @inline(__always)
    init(loading memory: UnsafeRawPointer, length: Int, orEachByteWith bits: UInt8 = 0) {
        let each = UInt64(bits) &* 0x0101_0101_0101_0101
        @inline(__always) func word(_ number: Int) -> UInt64 {
            let bytes = min(max(length - 8 * number, 0), 8)
            let mask = bytes == 0 ? 0 : UInt64.max &>> UInt64(64 - 8 * bytes)
            return (memory.loadUnaligned(fromByteOffset: 8 * number, as: UInt64.self) | each) & mask
        }
        words = (word(0), word(1), word(2), word(3))
    }

    /// The key of the `length` ASCII letters and digits at `memory`, lowercased (letters differ
    /// from their capitals in bit 0x20, and digits have it), as `init(loading:length:)`.
    @inline(__always)
    init(foldingWord memory: UnsafeRawPointer, length: Int) {
        self.init(loading: memory, length: length, orEachByteWith: 0x20)
    }

    /// The key of a term of at most eight bytes, given as its first word.
    @inline(__always)
    init(firstWord: UInt64) {
        words = (firstWord, 0, 0, 0)
    }

    /// The first word of the key of the `length` ASCII letters and digits at `memory`, at most
    /// eight, lowercased as in `init(foldingWord:length:)`; `memory` must have eight readable
    /// bytes.
    @inline(__always)
    static func foldedFirstWord(_ memory: UnsafeRawPointer, length: Int) -> UInt64 {
        (memory.loadUnaligned(as: UInt64.self) | ByteLanes.each(0x20)) & (UInt64.max &>> UInt64(64 - 8 * length))
    }

    /// Stores the four words at `destination`, which has room for `byteCount` bytes; returns the
    /// term's length, the bytes after it being zeros.
    @inline(__always)
    func store(to destination: UnsafeMutableRawPointer) -> Int {
        destination.storeBytes(of: words.0, as: UInt64.self)
        (destination + 8).storeBytes(of: words.1, as: UInt64.self)
        (destination + 16).storeBytes(of: words.2, as: UInt64.self)
        (destination + 24).storeBytes(of: words.3, as: UInt64.self)
        return length
    }

    @inline(__always)
    static func == (left: SearchTermKey, right: SearchTermKey) -> Bool {
        left.words.0 == right.words.0 && left.words.1 == right.words.1
            && left.words.2 == right.words.2 && left.words.3 == right.words.3
    }

    /// A multiplicative hash, best in its high bits.
    @inline(__always)
    var hash: UInt64 {
        (words.0 &* 0x9E37_79B9_7F4A_7C15) &+ (words.1 &* 0xBF58_476D_1CE4_E5B9)
            &+ (words.2 &* 0x94D0_49BB_1331_11EB) &+ (words.3 &* 0xD6E8_FEB8_6659_FD93)
    }

    /// The first eight bytes: all of a term of up to eight.
    var firstWord: UInt64 { words.0 }

    /// The term's first two bytes (every term has at least two).
    var head: (UInt8, UInt8) {
        withUnsafeBytes(of: words) { ($0[0], $0[1]) }
    }

    /// The number of bytes of the term: every byte up to the first zero is the term's, and
    /// memory order is little-endian, so a word's last term byte is its highest non-zero one.
    var length: Int {
        func bytes(_ word: UInt64) -> Int { (64 - word.leadingZeroBitCount + 7) / 8 }
        if words.1 == 0 { return bytes(words.0) }
        if words.2 == 0 { return 8 + bytes(words.1) }
        if words.3 == 0 { return 16 + bytes(words.2) }
        return 24 + bytes(words.3)
    }

    var string: String {
        withUnsafeBytes(of: words) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}

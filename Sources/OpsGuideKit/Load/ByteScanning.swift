import CTextScan
import Foundation

extension UnsafeBufferPointer where Element == UInt8 {
    /// The first index of `byte` in `self[start..<end]` (to the end when `end` is nil), found
    /// with `memchr`: the text of a page, its lines and its tags are searched this way on every
    /// build.
    func index(of byte: UInt8, from start: Int, to end: Int? = nil) -> Int? {
        let end = end ?? count
        guard let base = baseAddress, start < end, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether every byte is ASCII, tested sixteen at a time (`opsguide_is_ascii`).
    var isASCII: Bool {
        guard let base = baseAddress else { return true }
        return opsguide_is_ascii(base, count) == 1
    }

    /// How many Unicode scalars the UTF-8 bytes hold: the bytes that do not continue one (a
    /// cut scalar counts once, as its replacement character would).
    var scalarCount: Int {
        isASCII ? count : reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}

/// Eight bytes in a word of memory, each a lane whose high bit carries a flag: the search
/// scanner and the search keys classify eight ASCII bytes with a few word operations.
enum ByteLanes {
    /// The high bit of every lane.
    static let high = each(0x80)

    /// `byte` in every lane.
    @inline(__always)
    static func each(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// The high bit of each lane whose byte is in `low...high`. For a byte below 0x80, adding
    /// 0x80 - `low` sets its high bit exactly when it is at least `low`, and carries into no
    /// other lane.
    @inline(__always)
    static func inRange(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        (word &+ each(0x80 - low)) & ~(word &+ each(0x7F - high)) & Self.high
    }

    /// The high bit of each lane that holds an ASCII letter or digit.
    @inline(__always)
    static func alphanumeric(_ word: UInt64) -> UInt64 {
        inRange(word, UInt8(ascii: "0"), UInt8(ascii: "9")) | inRange(word | each(0x20), UInt8(ascii: "a"), UInt8(ascii: "z"))
    }
}

/// What one pass over a content file's bytes found (`opsguide_scan_source`).
struct SourceScan {
    /// ASCII without carriage returns: text that needs no UTF-8 validation and no line-ending
    /// change.
    let isPlain: Bool
    /// Whether the text may hold placeholder text (`ContentChecks.placeholderText`).
    let mayContainPlaceholder: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let flags = bytes.baseAddress.map { opsguide_scan_source($0, bytes.count) } ?? 0
        isPlain = flags & OPSGUIDE_SOURCE_NOT_PLAIN == 0
        mayContainPlaceholder = flags & OPSGUIDE_SOURCE_MAY_HOLD_PLACEHOLDER != 0
    }
}

extension String {
    /// `body` over the string's UTF-8 bytes in place. `withUTF8` is mutating, so calling it on a
    /// parameter means copying the string first, a reference count up and down on every call;
    /// a native string (as every string of a build is) lends its bytes without that.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

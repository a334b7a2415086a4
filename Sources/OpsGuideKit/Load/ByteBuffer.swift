/// Bytes appended piece after piece: the page a template renders, a document's prose.
///
/// A page is a few hundred small appends (template text, escaped names, the body). Appending to
/// a `[UInt8]` went through the array's generic copy, with its capacity checks, at about a
/// hundred instructions a call; here an append is a capacity test and a `memcpy` into an array
/// whose bytes past `count` are not yet written, and `finish` hands that array over without a
/// copy (a 25 MB matrix page would otherwise be held twice).
struct ByteBuffer {
    /// Every element counts as there, but only the first `count` are written.
    private var storage: [UInt8]
    private(set) var count = 0

    init(capacity: Int) {
        storage = Self.unwritten(max(capacity, 64))
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if bytes.count > storage.count - count { grow(toHold: count + bytes.count) }
        let offset = count
        storage.withUnsafeMutableBytes { UnsafeMutableRawPointer($0.baseAddress! + offset).copyMemory(from: source, byteCount: bytes.count) }
        count += bytes.count
    }

    /// Appends what `write` writes into room for `maximumCount` bytes; it returns how many it
    /// wrote. For a value transformed as it is copied (HTML escaping) in one step.
    @inline(__always)
    mutating func append(atMost maximumCount: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        if maximumCount > storage.count - count { grow(toHold: count + maximumCount) }
        let offset = count
        count += storage.withUnsafeMutableBufferPointer { write($0.baseAddress! + offset) }
    }

    mutating func append(_ text: String) {
        text.withUTF8Bytes { append($0) }
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ byte: UInt8) {
        withUnsafePointer(to: byte) { append(UnsafeBufferPointer(start: $0, count: 1)) }
    }

    /// `body` over the bytes written so far.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// The bytes from `offset` to the end, taken out of the buffer.
    mutating func removeTail(from offset: Int) -> [UInt8] {
        let tail = Array(storage[offset..<count])
        count = offset
        return tail
    }

    /// The bytes written, handed over without a copy; the buffer is empty after.
    mutating func finish() -> [UInt8] {
        storage.removeLast(storage.count - count)
        defer { self = ByteBuffer(capacity: 0) }
        return storage
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        var larger = Self.unwritten(max(2 * storage.count, needed))
        let written = count
        storage.withUnsafeBytes { old in
            larger.withUnsafeMutableBytes { new in new.baseAddress!.copyMemory(from: old.baseAddress!, byteCount: written) }
        }
        storage = larger
    }

    /// An array of `count` bytes whose memory is not touched until it is written: a page buffer
    /// is sized for the largest pages, and bytes never written cost no page faults.
    private static func unwritten(_ count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }
}

import Foundation

/// Maps positions cmark reports inside a `MarkdownSource` back to file positions in scalars.
///
/// cmark counts columns in bytes and, for inlines on continuation lines of list items and
/// block quotes, undercounts them (upstream bug); `locate` finds the real column by searching
/// the source line for the text that is at that position.
public struct SourceText {
    private let source: MarkdownSource
    private var lineStarts: [Int] = [0]
    /// The last position located: a byte offset and how many scalars its line has before it.
    /// Links are located in order, so a page with thousands of links on one line counts each
    /// stretch of it once.
    private var last = (line: 0, byte: 0, scalars: 0)

    public init(_ source: MarkdownSource) {
        self.source = source
        var text = source.text
        // memchr keeps this fast on a 20 MB page even in debug builds.
        text.withUTF8 { bytes in
            lineStarts.reserveCapacity(bytes.count / 32 + 1)
            var offset = 0
            while let found = bytes.index(of: UInt8(ascii: "\n"), from: offset) {
                offset = found + 1
                lineStarts.append(offset)
            }
        }
    }

    /// The file location of cmark's (line, byte column), moved right to the first occurrence of
    /// `needle` at or after it on that line when `needle` is given and found.
    public mutating func locate(line: Int, column: Int, needle: String? = nil) -> SourceLocation {
        guard line >= 1, line <= lineStarts.count else {
            return SourceLocation(path: source.path, line: source.firstLine, column: source.firstColumn)
        }
        var text = source.text
        let last = self.last
        let (byte, scalars) = text.withUTF8 { bytes -> (Int, Int) in
            let start = lineStarts[line - 1]
            let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
            var byteColumn = max(1, min(column, end - start + 1))
            if var needle, !needle.isEmpty,
                let found = needle.withUTF8({ Self.find($0, in: UnsafeBufferPointer(rebasing: bytes[(start + byteColumn - 1)..<end])) })
            {
                byteColumn += found
            }
            let byte = min(end, start + byteColumn - 1)
            let from = last.line == line && last.byte <= byte ? last : (line: line, byte: start, scalars: 0)
            return (byte, from.scalars + UnsafeBufferPointer(rebasing: bytes[from.byte..<byte]).scalarCount)
        }
        self.last = (line, byte, scalars)
        let scalarColumn = scalars + 1
        let fileColumn = line == 1 ? source.firstColumn + scalarColumn - 1 : scalarColumn
        return SourceLocation(path: source.path, line: source.firstLine + line - 1, column: fileColumn)
    }

    /// The offset of the first occurrence of `needle` in `haystack`.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for offset in 0...(haystack.count - needle.count) where haystack[offset] == needle[0] {
            if UnsafeBufferPointer(rebasing: haystack[offset..<(offset + needle.count)]).elementsEqual(needle) { return offset }
        }
        return nil
    }
}

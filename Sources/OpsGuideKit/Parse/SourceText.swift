import Foundation

/// Maps positions cmark reports inside a `MarkdownSource` back to file positions in scalars.
///
/// cmark counts columns in bytes and, for inlines on continuation lines of list items and
/// block quotes, undercounts them (upstream bug); `locate` finds the real column by searching
/// the source line for the text that is at that position.
public struct SourceText {
    private let source: MarkdownSource
    private let bytes: [UInt8]
    private var lineStarts: [Int]

    public init(_ source: MarkdownSource) {
        self.source = source
        var text = source.text
        bytes = text.withUTF8 { Array($0) }
        lineStarts = Self.lineStarts(of: bytes)
    }

    /// Offsets at which lines start; memchr keeps this fast on a 20 MB page even in debug builds.
    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = UnsafeRawPointer(found) - base + 1
                starts.append(offset)
            }
        }
        return starts
    }

    /// The file location of cmark's (line, byte column), moved right to the first occurrence of
    /// `needle` at or after it on that line when `needle` is given and found.
    public func locate(line: Int, column: Int, needle: String? = nil) -> SourceLocation {
        guard line >= 1, line <= lineStarts.count else {
            return SourceLocation(path: source.path, line: source.firstLine, column: source.firstColumn)
        }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        var byteColumn = max(1, min(column, end - start + 1))
        if let needle, !needle.isEmpty, let found = find(Array(needle.utf8), in: start + byteColumn - 1, ..<end) {
            byteColumn = found - start + 1
        }
        let prefix = bytes[start..<min(end, start + byteColumn - 1)]
        let scalarColumn = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        let fileColumn = line == 1 ? source.firstColumn + scalarColumn - 1 : scalarColumn
        return SourceLocation(path: source.path, line: source.firstLine + line - 1, column: fileColumn)
    }

    private func find(_ needle: [UInt8], in from: Int, _ range: PartialRangeUpTo<Int>) -> Int? {
        guard from <= range.upperBound - needle.count else { return nil }
        for offset in from...(range.upperBound - needle.count) where bytes[offset] == needle[0] {
            if bytes[offset..<offset + needle.count].elementsEqual(needle) { return offset }
        }
        return nil
    }
}

/// Composes front matter written the way nearly every file writes it without libyaml, into the
/// same tree `YAMLComposer` builds from libyaml's events; any other text is left to libyaml.
///
/// The shape read here: top-level `key: value` lines, or a `key:` line followed by a block of
/// `  key: value` lines (a mapping) or of `  - value` lines (a sequence), indented by two
/// spaces. A key is a word of ASCII letters, digits, `_` and `-`; a value is a double-quoted
/// string of printable ASCII without `\` or `"`, or a plain word of ASCII letters, digits,
/// `_`, `.` and `-` that starts with a letter, digit or `_`. No comments, blank lines, tabs,
/// trailing spaces, anchors, tags, flow collections, empty values or repeated keys: text with
/// any of those (or with errors) goes to libyaml, which reports them.
///
/// libyaml set up a parser with buffers of 16 KiB and walked every character through its
/// scanner and parser: two thirds of the cost of reading a practice's five lines of front
/// matter, 10,000 times per build.
enum YAMLSimpleComposer {
    /// The root mapping, or nil when the text is not of the simple shape.
    static func compose(_ text: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        var reader = LineReader(text)
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        while let line = reader.next() {
            if line.isEmpty {
                // Only the empty "line" after a final newline.
                guard reader.atEnd else { return nil }
                break
            }
            guard let (key, valueStart) = keyAndColon(line, indent: 0, lineNumber: reader.lineNumber) else { return nil }
            let value: YAMLNode
            if valueStart == line.count {
                guard let block = block(&reader) else { return nil }
                value = block
            } else {
                guard let scalar = scalar(line, from: valueStart, lineNumber: reader.lineNumber) else { return nil }
                value = scalar
            }
            pairs.append((key, value))
        }
        guard !pairs.isEmpty, !hasRepeatedKeys(pairs) else { return nil }
        return .mapping(pairs, YAMLNode.Mark(line: 1, column: 1))
    }

    private static let indent = 2

    /// The block of lines indented by two spaces after a `key:` line: a mapping or a sequence.
    private static func block(_ reader: inout LineReader) -> YAMLNode? {
        let firstLine = reader.lineNumber + 1
        guard let first = reader.peek(), first.starts(with: [UInt8(ascii: " "), UInt8(ascii: " ")]) else { return nil }
        let mark = YAMLNode.Mark(line: firstLine, column: indent + 1)
        if first.count > indent, first[indent] == UInt8(ascii: "-") {
            var items: [YAMLNode] = []
            while let line = reader.peek(), line.first == UInt8(ascii: " ") {
                _ = reader.next()
                guard line.count > indent + 2, line[indent] == UInt8(ascii: "-"), line[indent + 1] == UInt8(ascii: " "),
                    line.starts(with: [UInt8(ascii: " "), UInt8(ascii: " ")]),
                    let item = scalar(line, from: indent + 2, lineNumber: reader.lineNumber)
                else { return nil }
                items.append(item)
            }
            return .sequence(items, mark)
        }
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        while let line = reader.peek(), line.first == UInt8(ascii: " ") {
            _ = reader.next()
            guard let (key, valueStart) = keyAndColon(line, indent: indent, lineNumber: reader.lineNumber), valueStart < line.count,
                let value = scalar(line, from: valueStart, lineNumber: reader.lineNumber)
            else { return nil }
            pairs.append((key, value))
        }
        guard !hasRepeatedKeys(pairs) else { return nil }
        return .mapping(pairs, mark)
    }

    /// The key at column `indent + 1` and where its value starts: after `: `, or the line's end
    /// after a final `:`.
    private static func keyAndColon(_ line: UnsafeBufferPointer<UInt8>, indent: Int, lineNumber: Int) -> (YAMLNode, Int)? {
        let start = indent
        guard line.count > indent + 1, line[..<start].allSatisfy({ $0 == UInt8(ascii: " ") }), isWordStart(line[start]) else { return nil }
        var end = start + 1
        while end < line.endIndex, isKeyByte(line[end]) { end += 1 }
        guard end < line.endIndex, line[end] == UInt8(ascii: ":") else { return nil }
        let key = YAMLNode.scalar(YAMLNode.Scalar(
            string: String(decoding: line[start..<end], as: UTF8.self), style: .plain, tag: nil,
            mark: YAMLNode.Mark(line: lineNumber, column: indent + 1)))
        let afterColon = end + 1
        if afterColon == line.endIndex { return (key, line.count) }
        guard line[afterColon] == UInt8(ascii: " "), afterColon + 1 < line.endIndex else { return nil }
        return (key, afterColon + 1)
    }

    /// The value that fills the rest of the line from `offset`: a double-quoted string or a
    /// plain word.
    private static func scalar(_ line: UnsafeBufferPointer<UInt8>, from offset: Int, lineNumber: Int) -> YAMLNode? {
        let start = offset
        guard start < line.endIndex else { return nil }
        let mark = YAMLNode.Mark(line: lineNumber, column: offset + 1)
        if line[start] == UInt8(ascii: "\"") {
            let end = line.endIndex - 1
            guard end > start, line[end] == UInt8(ascii: "\""),
                line[(start + 1)..<end].allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
            else { return nil }
            return .scalar(YAMLNode.Scalar(string: String(decoding: line[(start + 1)..<end], as: UTF8.self), style: .doubleQuoted, tag: .str, mark: mark))
        }
        guard isWordStart(line[start]), line[(start + 1)...].allSatisfy({ isKeyByte($0) || $0 == UInt8(ascii: ".") }) else { return nil }
        return .scalar(YAMLNode.Scalar(string: String(decoding: line[start...], as: UTF8.self), style: .plain, tag: nil, mark: mark))
    }

    private static func isWordStart(_ byte: UInt8) -> Bool {
        (byte &- UInt8(ascii: "0") < 10) || ((byte | 0x20) &- UInt8(ascii: "a") < 26) || byte == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isWordStart(byte) || byte == UInt8(ascii: "-")
    }

    /// Repeated keys are left to libyaml's path, which reports them (`YAMLComposer.duplicates`).
    private static func hasRepeatedKeys(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> Bool {
        YAMLComposer.duplicates(in: pairs) != nil
    }

    /// The lines of the text, split at `\n`, numbered from 1.
    private struct LineReader {
        let text: UnsafeBufferPointer<UInt8>
        private var start = 0
        private(set) var lineNumber = 0
        /// Past the last line (the text ended, or ended with `\n` and its empty line was read).
        private(set) var atEnd = false

        init(_ text: UnsafeBufferPointer<UInt8>) {
            self.text = text
        }

        func peek() -> UnsafeBufferPointer<UInt8>? {
            var copy = self
            return copy.next()
        }

        mutating func next() -> UnsafeBufferPointer<UInt8>? {
            guard !atEnd else { return nil }
            lineNumber += 1
            let end = text.index(of: UInt8(ascii: "\n"), from: start) ?? text.count
            let line = UnsafeBufferPointer(rebasing: text[start..<end])
            if end == text.count { atEnd = true } else { start = end + 1 }
            return line
        }
    }
}

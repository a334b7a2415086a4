/// A Markdown file split into its YAML front matter and its CommonMark body.
public struct FrontMatter: Sendable {
    /// The YAML between the two `---` lines.
    public var yaml: Substring
    /// The file line on which the YAML starts (the line after the opening `---`).
    public var yamlFirstLine: Int
    public var body: Substring
    /// The file line on which the body starts; cmark's line 1 is this line.
    public var bodyFirstLine: Int

    /// Splits `file`; a file without complete front matter gets a diagnostic that says what to add.
    public static func split(_ file: SourceFile) -> Result<FrontMatter, Diagnostic> {
        let text = file.text[...]
        if text.allSatisfy({ $0.isWhitespace }) {
            return .failure(.error(
                "empty-file", "file is empty; it needs front matter between '---' lines (at least a title)",
                at: file.location))
        }
        var string = file.text
        let split = string.withUTF8 { bytes -> Split in
            var lineStart = 0
            var lineNumber = 0
            var yamlStart = 0
            while true {
                let lineEnd = bytes.index(of: UInt8(ascii: "\n"), from: lineStart) ?? bytes.count
                let delimits = isDelimiter(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
                if lineNumber == 0 {
                    guard delimits else { return .missing }
                } else if delimits {
                    return .found(yaml: yamlStart, close: lineStart, body: min(lineEnd + 1, bytes.count), line: lineNumber)
                }
                if lineEnd == bytes.count { return .unclosed }
                lineStart = lineEnd + 1
                if lineNumber == 0 { yamlStart = lineStart }
                lineNumber += 1
            }
        }
        switch split {
        case .missing:
            return .failure(.error(
                "missing-front-matter", "expected front matter: the file must start with a '---' line",
                at: SourceLocation(path: file.displayPath, line: 1, column: 1)))
        case .unclosed:
            return .failure(.error(
                "unclosed-front-matter", "front matter is not closed; did you forget the '---' line after it?",
                at: SourceLocation(path: file.displayPath, line: 1, column: 1)))
        case .found(let yaml, let close, let body, let line):
            func index(_ offset: Int) -> String.Index { text.utf8.index(text.startIndex, offsetBy: offset) }
            return .success(FrontMatter(
                yaml: text[index(yaml)..<index(close)], yamlFirstLine: 2, body: text[index(body)...], bodyFirstLine: line + 2))
        }
    }

    /// Where the lines of a file put its front matter, in bytes: the YAML's start, the closing
    /// `---` line's start, the body's start and the closing line's number (from 0).
    private enum Split {
        case missing, unclosed
        case found(yaml: Int, close: Int, body: Int, line: Int)
    }

    /// `---` and nothing after it but spaces and tabs.
    private static func isDelimiter(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.count >= 3 && line[0] == UInt8(ascii: "-") && line[1] == UInt8(ascii: "-") && line[2] == UInt8(ascii: "-")
            && line[3...].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}

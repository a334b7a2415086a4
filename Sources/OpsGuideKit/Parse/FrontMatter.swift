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
        var lineStart = text.startIndex
        var lineNumber = 0
        var yamlStart = text.startIndex
        while true {
            let lineEnd = text.utf8[lineStart...].firstIndex(of: 0x0A) ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            if lineNumber == 0 {
                guard isDelimiter(line) else {
                    return .failure(.error(
                        "missing-front-matter", "expected front matter: the file must start with a '---' line",
                        at: SourceLocation(path: file.displayPath, line: 1, column: 1)))
                }
            } else if isDelimiter(line) {
                let bodyStart = lineEnd == text.endIndex ? lineEnd : text.utf8.index(after: lineEnd)
                return .success(FrontMatter(
                    yaml: text[yamlStart..<lineStart], yamlFirstLine: 2,
                    body: text[bodyStart...], bodyFirstLine: lineNumber + 2))
            }
            if lineEnd == text.endIndex { break }
            lineStart = text.utf8.index(after: lineEnd)
            if lineNumber == 0 { yamlStart = lineStart }
            lineNumber += 1
        }
        return .failure(.error(
            "unclosed-front-matter", "front matter is not closed; did you forget the '---' line after it?",
            at: SourceLocation(path: file.displayPath, line: 1, column: 1)))
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}

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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isDelimiter(first) else {
            return .failure(.error(
                "missing-front-matter", "expected front matter: the file must start with a '---' line",
                at: SourceLocation(path: file.displayPath, line: 1, column: 1)))
        }
        var offset = first.utf8.count + 1
        for (index, line) in lines.enumerated().dropFirst() {
            if isDelimiter(line) {
                let yamlStart = text.utf8.index(text.startIndex, offsetBy: first.utf8.count + 1)
                let yamlEnd = text.utf8.index(text.startIndex, offsetBy: offset)
                let bodyStart = text.utf8.index(yamlEnd, offsetBy: min(line.utf8.count + 1, text.utf8.distance(from: yamlEnd, to: text.endIndex)))
                return .success(FrontMatter(
                    yaml: text[yamlStart..<yamlEnd], yamlFirstLine: 2,
                    body: text[bodyStart...], bodyFirstLine: index + 2))
            }
            offset += line.utf8.count + 1
        }
        return .failure(.error(
            "unclosed-front-matter", "front matter is not closed; did you forget the '---' line after it?",
            at: SourceLocation(path: file.displayPath, line: 1, column: 1)))
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}

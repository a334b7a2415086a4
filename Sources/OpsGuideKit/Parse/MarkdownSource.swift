/// A piece of CommonMark text and where it starts in its file, so that positions cmark reports
/// inside it can be mapped back to the file.
public struct MarkdownSource: Sendable {
    /// A slice of the file's text where possible, so bodies are not held twice.
    public var text: Substring
    public var path: String
    /// The file line of the text's first line.
    public var firstLine: Int
    /// The file column (1-based, in scalars) of the text's first character on its first line.
    public var firstColumn: Int

    public init(text: Substring, path: String, firstLine: Int, firstColumn: Int = 1) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
        self.firstColumn = firstColumn
    }
}

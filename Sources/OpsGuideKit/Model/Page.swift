/// A free page (glossary, adoption guide…), the home page, or the guide's introduction.
public struct Page: Sendable {
    public var id: String
    public var source: SourceFile
    public var title: String
    public var summary: String?
    public var body: MarkdownSource
}

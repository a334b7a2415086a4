/// A methodology article (DevOps, DevSecOps, …) as written by its author.
public struct Methodology: Sendable {
    public var id: String
    public var source: SourceFile
    public var title: String
    public var summary: String
    /// The methodology this one builds on.
    public var extends: Located<String>?
    /// Dimension id → how this methodology approaches it (Markdown).
    public var dimensions: [(id: Located<String>, text: MarkdownSource)]
    public var chooseWhen: [MarkdownSource]
    public var avoidWhen: [MarkdownSource]
    public var body: MarkdownSource
}

extension Methodology {
    /// The methodology without the text of its file (see `Practice.withoutText`).
    var withoutText: Methodology {
        var copy = self
        copy.source = copy.source.withoutText
        copy.body.text = ""
        return copy
    }
}

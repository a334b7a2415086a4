/// How central a practice is to a methodology.
public enum PracticeLevel: String, Sendable, CaseIterable {
    case core
    case supporting

    /// A symbol shown beside the text, so the level never relies on colour alone.
    public var symbol: String {
        switch self {
        case .core: "●"
        case .supporting: "○"
        }
    }
}

/// A practice page and the methodologies it declares it belongs to.
///
/// Only the practice names its methodologies; a methodology's practice list is derived.
public struct Practice: Sendable {
    public var id: String
    public var source: SourceFile
    public var title: String
    public var summary: String
    public var category: Located<String>
    public var methodologies: [(id: Located<String>, level: PracticeLevel)]
    public var body: MarkdownSource
}

extension Practice {
    /// The practice without the text of its file. The knowledge graph needs names and links
    /// only; with the texts, every file of a large site would stay in memory until the end.
    var withoutText: Practice {
        var copy = self
        copy.source.text = ""
        copy.body.text = ""
        return copy
    }
}

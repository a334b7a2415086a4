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
/// A class, because the graph, its usages and every page refer to the same practice: with
/// 10,000 practices, copying a value of seven fields wherever one is referred to showed in
/// the profile of the preview's rebuilds.
public final class Practice: Sendable {
    public let id: String
    public let source: SourceFile
    public let title: String
    public let summary: String
    public let category: Located<String>
    public let methodologies: [(id: Located<String>, level: PracticeLevel)]
    public let body: MarkdownSource
    /// Where the practice's page lands (`SiteMap.practice(id)`): made once, as every page
    /// that lists the practice links to it.
    public let outputPath: String

    public init(
        id: String, source: SourceFile, title: String, summary: String, category: Located<String>,
        methodologies: [(id: Located<String>, level: PracticeLevel)], body: MarkdownSource
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.summary = summary
        self.category = category
        self.methodologies = methodologies
        self.body = body
        outputPath = SiteMap.practice(id)
    }

    /// The same practice declaring only `methodologies`.
    func declaring(_ methodologies: [(id: Located<String>, level: PracticeLevel)]) -> Practice {
        Practice(id: id, source: source, title: title, summary: summary, category: category, methodologies: methodologies, body: body)
    }

    /// The practice without the text of its file. The knowledge graph needs names and links
    /// only; with the texts, every file of a large site would stay in memory until the end.
    var withoutText: Practice {
        let source = source.withoutText
        var body = body
        body.text = ""
        return Practice(id: id, source: source, title: title, summary: summary, category: category, methodologies: methodologies, body: body)
    }
}

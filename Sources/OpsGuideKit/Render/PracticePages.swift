/// The page of each practice: its article, the methodologies that use it and a link to the
/// matrix.
///
/// Apart from `KnowledgePages` because a build that writes the site renders these pages as soon
/// as each body comes out of cmark (`StreamedPractices`), before the other pages' inputs are all
/// there; a practice page needs only its own practice and body, and the methodologies.
struct PracticePages: Sendable {
    let templates: TemplateSet
    let graph: KnowledgeGraph
    /// A practice page's link to each methodology (by graph position) at each level (by
    /// `PracticeLevel.allCases` order). Every practice page is in the same folder, so 10,000
    /// pages share these few links instead of each building its own.
    private let methodologyLinks: [[TemplateValue]]

    init(templates: TemplateSet, graph: KnowledgeGraph) {
        self.templates = templates
        self.graph = graph
        let practicePath = SiteMap.practice("practice")
        methodologyLinks = graph.methodologies.map { methodology in
            PracticeLevel.allCases.map { level -> TemplateValue in
                var link = PageContext.link(methodology.title, from: practicePath, to: SiteMap.methodology(methodology.id), extraCapacity: 3)
                PageContext.add(level, to: &link)
                return .map(link)
            }
        }
    }

    func page(_ practice: Practice, body: RenderedMarkdown?) -> OutputFile {
        let path = practice.outputPath
        let config = graph.config
        var context = PageContext.article(
            config: config, outputPath: path, title: practice.title, summary: practice.summary, source: practice.source,
            section: SiteMap.practiceIndex, body: body, extraCapacity: 3)
        let name = PageContext.Name.self
        context.append(name.category, .text(config.categories.first { $0.id == practice.category.value }?.title ?? practice.category.value))
        let used = practice.methodologies.compactMap { entry in graph.position(ofMethodology: entry.id.value).map { ($0, entry.level) } }
        context.append(name.methodologies, .list(used.sorted { $0.0 < $1.0 }.map { position, level in
            methodologyLinks[position][PracticeLevel.allCases.firstIndex(of: level)!]
        }))
        context.append(name.matrixURL, .text(SiteMap.url(from: path, to: SiteMap.matrix)))
        return OutputFile(path: path, contents: .bytes(templates.render(context, with: "practice")))
    }
}

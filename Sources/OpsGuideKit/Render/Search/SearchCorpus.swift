/// Collects the pages the search box finds: methodologies, practices, free pages, the guide's
/// start page and its recommendations (index pages and guide questions are left out: they
/// only repeat what the pages they link to say).
struct SearchCorpus {
    let graph: KnowledgeGraph
    let tree: GuideTree?
    let pages: [Page]
    let markdown: RenderedContent

    /// The documents in a stable order, each made when it is called, so that the index can
    /// make them in parallel and keep only what it needs of each. Practices are nil when
    /// `practicesWeighed`: the build weighed them as it wrote their pages (`StreamedPractices`).
    func documents(practicesWeighed: Bool = false) -> [(() -> SearchDocument)?] {
        var work: [(() -> SearchDocument)?] = []
        for methodology in graph.methodologies {
            work.append { document(SiteMap.methodology(methodology.id), .methodology, methodology.title, methodology.summary, methodology.source.contentPath) }
        }
        for practice in graph.practices {
            work.append(practicesWeighed ? nil : { Self.document(of: practice, body: markdown.bodies[practice.source.contentPath]) })
        }
        for page in pages {
            work.append { document(SiteMap.outputPath(for: page.source), .page, page.title, page.summary ?? "", page.source.contentPath) }
        }
        if let tree {
            let guide = tree.guide
            work.append { document(SiteMap.guide, .guide, guide.title, guide.summary ?? "", guide.source.contentPath) }
            for end in tree.endOrder.compactMap(tree.end) {
                work.append {
                    let path = SiteMap.guideNode(end.id.value)
                    let names = end.recommend.compactMap { graph.methodology($0.value)?.title }
                    let reason = markdown.fragments.html(GuidePages.reasonKey(end.id.value), on: path)
                    return SearchDocument(
                        path: path, kind: .recommendation, title: end.title,
                        summary: "Recommends " + names.joined(separator: " and ") + ".", headings: [],
                        body: .text(HTMLText.plainText(reason)))
                }
            }
        }
        return work
    }

    /// The number of the first practice's document in `documents()`: the methodologies come first.
    static func firstPracticeNumber(in graph: KnowledgeGraph) -> Int { graph.methodologies.count }

    /// The document of a practice with its rendered body.
    static func document(of practice: Practice, body: RenderedMarkdown?) -> SearchDocument {
        document(practice.outputPath, .practice, practice.title, practice.summary, body: body)
    }

    private func document(_ path: String, _ kind: SearchDocument.Kind, _ title: String, _ summary: String, _ contentPath: String) -> SearchDocument {
        Self.document(path, kind, title, summary, body: markdown.bodies[contentPath])
    }

    /// The body is its readable text when the renderer kept it, its HTML otherwise.
    private static func document(_ path: String, _ kind: SearchDocument.Kind, _ title: String, _ summary: String, body: RenderedMarkdown?) -> SearchDocument {
        SearchDocument(
            path: path, kind: kind, title: title, summary: summary, headings: (body?.headings ?? []).map(\.text),
            body: body?.text.map(SearchDocument.Body.asciiText) ?? .html(body?.html ?? ""))
    }
}

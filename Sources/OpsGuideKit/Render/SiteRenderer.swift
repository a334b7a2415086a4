/// Render stage: every page of the site through its template, plus the files copied as they are.
struct SiteRenderer {
    let templates: TemplateSet
    let graph: KnowledgeGraph
    let tree: GuideTree?
    let home: Page
    let pages: [Page]
    let markdown: RenderedContent
    let assets: [AssetFile]

    func render(jobs: Int) -> [OutputFile] {
        let recommendations = recommendationsByMethodology()
        let knowledge = KnowledgePages(
            templates: templates, graph: graph, matrix: ComparisonMatrix(graph: graph),
            bodies: markdown.bodies, fragments: markdown.fragments, recommendations: recommendations)
        var work: [() -> OutputFile] = [
            { knowledge.home(home) }, knowledge.methodologyIndex, knowledge.practiceIndex, knowledge.matrixPage,
            { notFound() },
        ]
        work += graph.methodologies.map { methodology in { knowledge.methodology(methodology) } }
        work += graph.practices.map { practice in { knowledge.practice(practice) } }
        work += pages.map { page in { knowledge.page(page) } }
        if let tree {
            let guide = GuidePages(templates: templates, graph: graph, tree: tree, bodies: markdown.bodies, fragments: markdown.fragments)
            work += [guide.start, guide.json, guide.script]
            work += tree.questionOrder.compactMap(tree.question).map { question in { guide.question(question) } }
            work += tree.endOrder.compactMap(tree.end).map { end in { guide.end(end) } }
        }
        var files = Parallel.map(work.count, jobs: jobs) { work[$0]() }
        files += SearchIndex().files(for: SearchCorpus(graph: graph, tree: tree, pages: pages, markdown: markdown).documents())
        if let sitemap = SitemapWriter.sitemap(for: files, baseURL: graph.config.baseURL) { files.append(sitemap) }
        files += templates.staticFiles.map { OutputFile(path: $0.contentPath, contents: .copy($0.absolutePath)) }
        files += assets.map { OutputFile(path: $0.contentPath, contents: .copy($0.absolutePath)) }
        return files
    }

    /// A 404 page whose links work at any depth: absolute through the base URL when one is set,
    /// relative to the site root otherwise (correct for the error pages of most static hosts).
    private func notFound() -> OutputFile {
        var context = PageContext.make(
            config: graph.config, outputPath: SiteMap.notFound, title: "Page not found",
            description: "The page you asked for does not exist.", section: nil)
        if let base = graph.config.baseURL {
            context["root"] = base
            context["home_url"] = base + SiteMap.home
            context["nav"] = PageContext.sections.map { ["title": $0.title, "url": base + $0.path, "current": false] }
        }
        return OutputFile(path: SiteMap.notFound, contents: .text(templates.render(context, with: "404")))
    }

    private func recommendationsByMethodology() -> [String: [(title: String, path: String)]] {
        guard let tree else { return [:] }
        var result: [String: [(title: String, path: String)]] = [:]
        for end in tree.endOrder.compactMap(tree.end) {
            for id in end.recommend {
                result[id.value, default: []].append((end.title, SiteMap.guideNode(end.id.value)))
            }
        }
        return result
    }
}

/// Render stage: every page of the site through its template, plus the files copied as they are.
struct SiteRenderer {
    let templates: TemplateSet
    let graph: KnowledgeGraph
    let tree: GuideTree?
    let home: Page
    let pages: [Page]
    let markdown: RenderedContent
    let assets: [AssetFile]
    /// Set when the build already wrote every practice's page and weighed its search document
    /// (`StreamedPractices`): what the search index needs of them.
    let practicesWritten: SearchIndex.Weighed?

    /// One page to render, with the content files it reads, so a rebuild after an edit can
    /// keep the pages the edit cannot change.
    struct Item {
        let path: String
        /// Content paths whose text the page shows; nil when it shows something of every file.
        /// Worked out only when a cache asks.
        let inputs: () -> Set<String>?
        var isPractice = false
        let render: () -> OutputFile
    }

    /// What rendering produced, for the build report.
    struct Summary {
        var files = 0
        var pages = 0
    }

    /// Renders every page (reusing what `cache` says is still valid), then the search index,
    /// the sitemap and the files copied as they are, handing each file to `emit` as soon as it
    /// is ready (from several threads at once), so no file is kept once written.
    func render(jobs: Int, cache: BuildCache? = nil, emit: (OutputFile) -> Void) -> Summary {
        let items = self.items(jobs: jobs, cache: cache)
        let unwritten = practicesWritten == nil ? items : items.filter { !$0.isPractice }
        _ = Parallel.map(unwritten.count, jobs: jobs) { emit(page(unwritten[$0], cache: cache)) }
        let copied = copiedFiles()
        var others = searchFiles(jobs: jobs, cache: cache) + copied
        if let sitemap = sitemap(pagePaths: items.map(\.path), copied: copied) { others.append(sitemap) }
        _ = Parallel.map(others.count, jobs: jobs) { emit(others[$0]) }
        let pages = items.filter { $0.path.hasSuffix(".html") }.count + copied.filter { $0.path.hasSuffix(".html") }.count
        return Summary(files: items.count + others.count, pages: pages)
    }

    /// The page of `item`, from `cache` when none of its inputs changed since it was rendered.
    func page(_ item: Item, cache: BuildCache?) -> OutputFile {
        guard let cache else { return item.render() }
        let inputs = item.inputs()
        if let reused = cache.output(item.path, inputs: inputs) { return reused }
        let file = item.render()
        cache.store(file, inputs: inputs)
        return file
    }

    /// The search index's files.
    func searchFiles(jobs: Int, cache: BuildCache?) -> [OutputFile] {
        let corpus = SearchCorpus(graph: graph, tree: tree, pages: pages, markdown: markdown)
        return SearchIndex().files(
            making: corpus.documents(practicesWeighed: practicesWritten != nil), weighed: practicesWritten ?? SearchIndex.Weighed(),
            jobs: jobs, cache: cache)
    }

    /// The templates' static files and the content folder's assets, copied as they are.
    func copiedFiles() -> [OutputFile] {
        templates.staticFiles.map { OutputFile(path: $0.contentPath, contents: .copy($0.absolutePath)) }
            + assets.map { OutputFile(path: $0.contentPath, contents: .copy($0.absolutePath)) }
    }

    /// `sitemap.xml` over the rendered pages and any copied HTML, when the site has a base URL.
    func sitemap(pagePaths: [String], copied: [OutputFile]) -> OutputFile? {
        SitemapWriter.sitemap(for: pagePaths + copied.map(\.path), baseURL: graph.config.baseURL)
    }

    /// Every page of the site, in a stable order; nothing is rendered yet.
    func items(jobs: Int, cache: BuildCache?) -> [Item] {
        let knowledge = KnowledgePages(
            templates: templates, graph: graph, matrix: ComparisonMatrix(graph: graph),
            bodies: markdown.bodies, fragments: markdown.fragments, recommendations: recommendationsByMethodology(),
            jobs: jobs, cache: cache)
        let guidePath = tree?.guide.source.contentPath
        var items = [
            Item(path: SiteMap.home, inputs: { Set([home.source.contentPath] + graph.methodologies.map(\.source.contentPath)) }) { knowledge.home(home) },
            Item(path: SiteMap.methodologyIndex, inputs: { nil }, render: knowledge.methodologyIndex),
            Item(path: SiteMap.practiceIndex, inputs: { nil }, render: knowledge.practiceIndex),
            Item(path: SiteMap.matrix, inputs: { nil }, render: knowledge.matrixPage),
            Item(path: SiteMap.notFound, inputs: { [] }) { notFound() },
        ]
        for methodology in graph.methodologies {
            let inputs = { [graph] () -> Set<String>? in
                var inputs = Set([methodology.source.contentPath] + graph.usages(of: methodology.id).map(\.practice.source.contentPath))
                inputs.formUnion((graph.extenders(of: methodology.id) + [methodology.extends.flatMap { graph.methodology($0.value) }].compactMap { $0 }).map(\.source.contentPath))
                if let guidePath { inputs.insert(guidePath) }
                return inputs
            }
            items.append(Item(path: SiteMap.methodology(methodology.id), inputs: inputs) { knowledge.methodology(methodology) })
        }
        for practice in graph.practices {
            let inputs = { () -> Set<String>? in
                Set([practice.source.contentPath] + practice.methodologies.compactMap { knowledge.graph.methodology($0.id.value)?.source.contentPath })
            }
            items.append(Item(path: practice.outputPath, inputs: inputs, isPractice: true) { knowledge.practice(practice) })
        }
        for page in pages {
            items.append(Item(path: SiteMap.outputPath(for: page.source), inputs: { [page.source.contentPath] }) { knowledge.page(page) })
        }
        if let tree, let guidePath {
            let guide = GuidePages(templates: templates, graph: graph, tree: tree, bodies: markdown.bodies, fragments: markdown.fragments)
            items += [
                Item(path: SiteMap.guide, inputs: { nil }, render: guide.start),
                Item(path: GuidePages.jsonPath, inputs: { nil }, render: guide.json),
                Item(path: GuidePages.scriptPath, inputs: { nil }, render: guide.script),
            ]
            for question in tree.questionOrder.compactMap(tree.question) {
                items.append(Item(path: SiteMap.guideNode(question.id.value), inputs: { [guidePath] }) { guide.question(question) })
            }
            let methodologyPaths = graph.methodologies.map(\.source.contentPath)
            for end in tree.endOrder.compactMap(tree.end) {
                let inputs = { [graph] () -> Set<String>? in
                    Set([guidePath] + methodologyPaths + (guide.matrixRows(for: end) + end.startWith.compactMap { graph.practice($0.value) }).map(\.source.contentPath))
                }
                items.append(Item(path: SiteMap.guideNode(end.id.value), inputs: inputs) { guide.end(end) })
            }
        }
        return items
    }

    /// A 404 page whose links work at any depth: absolute through the base URL when one is set,
    /// relative to the site root otherwise (correct for the error pages of most static hosts).
    private func notFound() -> OutputFile {
        var context = PageContext.make(
            config: graph.config, outputPath: SiteMap.notFound, title: "Page not found",
            description: "The page you asked for does not exist.", section: nil)
        if let base = graph.config.baseURL {
            context["root"] = .text(base)
            context["home_url"] = .text(base + SiteMap.home)
            context["nav"] = PageContext.navigation(root: base, section: nil)
        }
        return OutputFile(path: SiteMap.notFound, contents: .bytes(templates.render(context, with: "404")))
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

/// The HTML of every Markdown text in the content, rendered in parallel, with the anchors each
/// page offers and the links waiting for an anchor check.
public struct RenderedContent: Sendable {
    /// Content path → rendered body.
    public var bodies: [String: RenderedMarkdown] = [:]
    public var fragments = FragmentStore()
    /// Content path → ids other pages may link to.
    public var anchors: [String: Set<String>] = [:]
    /// The links of each text waiting for the anchor check.
    public var pendingAnchors: [[PendingAnchor]] = []
    /// Content path → the Markdown pages its body and each of its fragments link to.
    public var links: [String: [Set<String>]] = [:]
    public var diagnostics = DiagnosticBag()

    /// One Markdown text to render: a page body, or a fragment for some pages.
    final class Job: Sendable {
        let source: MarkdownSource
        let contentPath: String
        let outputPath: String
        /// Nil for a page body; the fragment key otherwise.
        let fragmentKey: String?

        init(source: MarkdownSource, contentPath: String, outputPath: String, fragmentKey: String? = nil) {
            self.source = source
            self.contentPath = contentPath
            self.outputPath = outputPath
            self.fragmentKey = fragmentKey
        }
    }

    /// Renders every text of `work` (page bodies and fragments), taking what `cache` holds.
    static func results(of work: [Job], renderer: MarkdownRenderer, jobs: Int, cache: BuildCache? = nil) -> [RenderedMarkdown] {
        func render(_ job: Job) -> RenderedMarkdown {
            renderer.render(job.source, contentPath: job.contentPath, outputPath: job.outputPath,
                            reservedAnchors: job.fragmentKey == nil ? PageContext.reservedAnchors : [])
        }
        guard let cache else { return Parallel.map(work.count, jobs: jobs) { render(work[$0]) } }
        let keys = work.map { job in job.fragmentKey.map { $0 + "\u{0}" + job.outputPath } ?? job.contentPath }
        let inputs = work.map { job in
            BuildCache.MarkdownInput(
                text: job.source.text, contentPath: job.contentPath, outputPath: job.outputPath,
                firstLine: job.source.firstLine, firstColumn: job.source.firstColumn, allowRawHTML: renderer.allowRawHTML)
        }
        var results = cache.renders(keys, inputs: inputs)
        let missing = results.indices.filter { results[$0] == nil }
        let rendered = Parallel.map(missing.count, jobs: jobs) { render(work[missing[$0]]) }
        for (index, value) in zip(missing, rendered) { results[index] = value }
        cache.storeRenders(missing.indices.map { (keys[missing[$0]], inputs[missing[$0]], rendered[$0]) })
        return results.map { $0! }
    }

    /// The results of all texts, in the order of `work`.
    static func merge(_ work: [Job], _ results: [RenderedMarkdown]) -> RenderedContent {
        var content = RenderedContent()
        content.bodies.reserveCapacity(work.count)
        content.anchors.reserveCapacity(work.count)
        content.links.reserveCapacity(work.count)
        content.pendingAnchors.reserveCapacity(work.count)
        for index in work.indices {
            let job = work[index], result = results[index]
            if !result.diagnostics.items.isEmpty { content.diagnostics.append(contentsOf: result.diagnostics) }
            if !result.pendingAnchors.isEmpty { content.pendingAnchors.append(result.pendingAnchors) }
            if !result.linkedPages.isEmpty { content.links[job.contentPath, default: []].append(result.linkedPages) }
            if let key = job.fragmentKey {
                content.fragments.store(result.html, key: key, on: job.outputPath)
            } else {
                content.bodies[job.contentPath] = result
                content.anchors[job.contentPath] = result.anchors
            }
        }
        return content
    }

    /// The body of every page.
    static func bodyJobs(_ parsed: ParsedContent) -> [Job] {
        var jobs: [Job] = []
        func add(_ file: SourceFile, _ body: MarkdownSource) {
            jobs.append(Job(source: body, contentPath: file.contentPath, outputPath: SiteMap.outputPath(for: file)))
        }
        if let home = parsed.home { add(home.source, home.body) }
        if let guide = parsed.guide { add(guide.source, guide.intro) }
        for methodology in parsed.methodologies { add(methodology.source, methodology.body) }
        for practice in parsed.practices { add(practice.source, practice.body) }
        for page in parsed.pages { add(page.source, page.body) }
        return jobs
    }

    /// The Markdown kept in front matter: methodology dimensions and lists, guide texts.
    static func fragmentJobs(graph: KnowledgeGraph, guide: Guide?) -> [Job] {
        var jobs: [Job] = []
        func add(_ source: MarkdownSource, _ file: SourceFile, key: String, pages: [String]) {
            for page in pages {
                jobs.append(Job(source: source, contentPath: file.contentPath, outputPath: FragmentStore.representative(of: page), fragmentKey: key))
            }
        }
        for methodology in graph.methodologies {
            let page = SiteMap.methodology(methodology.id)
            for entry in methodology.dimensions {
                add(entry.text, methodology.source, key: FragmentStore.dimensionKey(methodology.id, entry.id.value), pages: [page, SiteMap.matrix])
            }
            for (index, item) in methodology.chooseWhen.enumerated() {
                add(item, methodology.source, key: FragmentStore.chooseKey(methodology.id, index), pages: [page])
            }
            for (index, item) in methodology.avoidWhen.enumerated() {
                add(item, methodology.source, key: FragmentStore.avoidKey(methodology.id, index), pages: [page])
            }
        }
        if let guide {
            for question in guide.questions {
                if let help = question.help {
                    add(help, guide.source, key: GuidePages.helpKey(question.id.value), pages: [SiteMap.guideNode(question.id.value), SiteMap.guide])
                }
            }
            for end in guide.ends {
                add(end.reason, guide.source, key: GuidePages.reasonKey(end.id.value), pages: [SiteMap.guideNode(end.id.value), SiteMap.guide])
            }
            if let nextSteps = guide.nextSteps {
                add(nextSteps, guide.source, key: GuidePages.nextStepsKey, pages: [SiteMap.guideNode("end")])
            }
        }
        return jobs
    }
}

/// The HTML of every Markdown text in the content, rendered in parallel, with the anchors each
/// page offers and the links waiting for an anchor check.
public struct RenderedContent: Sendable {
    /// Content path → rendered body.
    public var bodies: [String: RenderedMarkdown] = [:]
    public var fragments = FragmentStore()
    /// Content path → ids other pages may link to.
    public var anchors: [String: Set<String>] = [:]
    /// The links of each text waiting for the anchor check, in the order of the texts.
    public var pendingAnchors: [[PendingAnchor]] = []
    /// Content path → the Markdown pages its body and each of its fragments link to.
    public var links: [String: [Set<String>]] = [:]
    /// What rendering each text reported, in the order of the texts.
    private var textDiagnostics: [DiagnosticBag] = []
    /// When the preview updated the last build's content in place: the texts whose results
    /// changed, and whether any page's anchors changed with them. Nil after a full merge.
    private(set) var update: (texts: [Int], anchorsChanged: Bool)?

    public var diagnostics: DiagnosticBag {
        var all = DiagnosticBag()
        for bag in textDiagnostics where !bag.items.isEmpty { all.append(contentsOf: bag) }
        return all
    }

    /// One Markdown text to render: a page body, or a fragment for some pages.
    ///
    /// Unchecked `Sendable`: its text is released (`releaseText`) only by the one thread that
    /// rendered it, and nothing reads it afterwards.
    final class Job: @unchecked Sendable {
        private(set) var source: MarkdownSource
        let contentPath: String
        let outputPath: String
        /// Nil for a page body; the fragment key otherwise.
        let fragmentKey: String?
        /// The file a page body comes from: a body job is its file's as long as the file is.
        private(set) var file: SourceFile?

        init(source: MarkdownSource, contentPath: String, outputPath: String, fragmentKey: String? = nil, file: SourceFile? = nil) {
            self.source = source
            self.contentPath = contentPath
            self.outputPath = outputPath
            self.fragmentKey = fragmentKey
            self.file = file
        }

        /// Lets go of the text once it is rendered, in a build that writes (`StreamedPractices`):
        /// its memory then serves the allocations that follow instead of new pages.
        func releaseText() {
            source = MarkdownSource(text: "", path: source.path, firstLine: source.firstLine, firstColumn: source.firstColumn)
            file = nil
        }

        /// Whether this is the same text of the same file for the same page as `other`.
        func isSamePlace(as other: Job) -> Bool {
            contentPath == other.contentPath && outputPath == other.outputPath && fragmentKey == other.fragmentKey
        }

        /// Whether this text renders exactly as `other` did (same place, same text at the same
        /// position), the set of files being the same.
        func renders(like other: Job) -> Bool {
            isSamePlace(as: other) && source.text == other.source.text && source.firstLine == other.source.firstLine
                && source.firstColumn == other.source.firstColumn
        }
    }

    /// Renders every text of `work` (page bodies or fragments), taking what `cache` holds for
    /// the named list: the result at the same position of the last build's list when the text
    /// is the same there (the usual rebuild, compared without hashing), otherwise the result
    /// kept for its key.
    static func results(of work: [Job], renderer: MarkdownRenderer, jobs: Int, cache: (BuildCache, list: String)? = nil) -> [RenderedMarkdown] {
        func render(_ job: Job) -> RenderedMarkdown { Self.render(job, renderer: renderer) }
        guard let (cache, list) = cache else { return Parallel.map(work.count, jobs: jobs) { render(work[$0]) } }
        var results = [RenderedMarkdown?](repeating: nil, count: work.count)
        if let last = cache.lastTexts(list, settings: renderer.settings), last.work.count == work.count {
            for index in work.indices where work[index].renders(like: last.work[index]) { results[index] = last.results[index] }
        }
        let unplaced = results.indices.filter { results[$0] == nil }
        let keys = unplaced.map { index in work[index].fragmentKey.map { $0 + "\u{0}" + work[index].outputPath } ?? work[index].contentPath }
        let inputs = unplaced.map { index in
            let job = work[index]
            return BuildCache.MarkdownInput(
                text: job.source.text, contentPath: job.contentPath, outputPath: job.outputPath,
                firstLine: job.source.firstLine, firstColumn: job.source.firstColumn, settings: renderer.settings)
        }
        let kept = cache.renders(keys, inputs: inputs)
        for (position, index) in unplaced.enumerated() { results[index] = kept[position] }
        let missing = unplaced.indices.filter { kept[$0] == nil }
        let rendered = Parallel.map(missing.count, jobs: jobs) { render(work[unplaced[missing[$0]]]) }
        for (position, value) in zip(missing, rendered) { results[unplaced[position]] = value }
        cache.storeRenders(missing.indices.map { (keys[missing[$0]], inputs[missing[$0]], rendered[$0]) })
        let all = results.map { $0! }
        cache.storeTexts(list, settings: renderer.settings, work: work, results: all)
        return all
    }

    /// One text through cmark, with the anchors a page template reserves kept from its headings.
    static func render(_ job: Job, renderer: MarkdownRenderer, collectsText: Bool = false) -> RenderedMarkdown {
        renderer.render(job.source, contentPath: job.contentPath, outputPath: job.outputPath,
                        reservedAnchors: job.fragmentKey == nil ? PageContext.reservedAnchors : [], collectsText: collectsText)
    }

    /// The results of all texts, in the order of `work`. With `cache` (the preview), when the
    /// texts are those of the last build and only a few results differ, the last build's
    /// content is updated instead of made again for every page.
    static func merge(_ work: [Job], _ results: [RenderedMarkdown], cache: BuildCache? = nil) -> RenderedContent {
        let content = cache?.lastMarkdown.flatMap { updated($0, work: work, results: results) } ?? merged(work, results)
        cache?.lastMarkdown = (work, results, content)
        return content
    }

    private static func merged(_ work: [Job], _ results: [RenderedMarkdown]) -> RenderedContent {
        var content = RenderedContent()
        content.bodies.reserveCapacity(work.count)
        content.anchors.reserveCapacity(work.count)
        content.links.reserveCapacity(work.count)
        content.pendingAnchors.reserveCapacity(work.count)
        content.textDiagnostics.reserveCapacity(work.count)
        for index in work.indices {
            let job = work[index], result = results[index]
            content.textDiagnostics.append(result.diagnostics)
            content.pendingAnchors.append(result.pendingAnchors)
            if !result.linkedPages.isEmpty { content.links[job.contentPath, default: []].append(result.linkedPages) }
            content.store(result, of: job)
        }
        return content
    }

    /// `last` with the results that changed, when the texts are the same and few changed.
    private static func updated(
        _ last: (work: [Job], results: [RenderedMarkdown], content: RenderedContent), work: [Job], results: [RenderedMarkdown]
    ) -> RenderedContent? {
        guard last.work.count == work.count, work.indices.allSatisfy({ work[$0].isSamePlace(as: last.work[$0]) }) else { return nil }
        let changed = work.indices.filter { results[$0] !== last.results[$0] }
        guard changed.count <= 64 else { return nil }
        var content = last.content
        var anchorsChanged = false
        for index in changed {
            content.textDiagnostics[index] = results[index].diagnostics
            content.pendingAnchors[index] = results[index].pendingAnchors
            if work[index].fragmentKey == nil, content.anchors[work[index].contentPath] != results[index].anchors { anchorsChanged = true }
            content.store(results[index], of: work[index])
        }
        content.update = (changed, anchorsChanged)
        for path in Set(changed.map { work[$0].contentPath }) {
            let linked = work.indices.filter { work[$0].contentPath == path && !results[$0].linkedPages.isEmpty }.map { results[$0].linkedPages }
            content.links[path] = linked.isEmpty ? nil : linked
        }
        return content
    }

    private mutating func store(_ result: RenderedMarkdown, of job: Job) {
        if let key = job.fragmentKey {
            fragments.store(result.html, key: key, on: job.outputPath)
        } else {
            bodies[job.contentPath] = result
            anchors[job.contentPath] = result.anchors
        }
    }

    /// The body of every page.
    /// The page bodies' jobs. `previous` (the preview's last list) gives back the job at the same
    /// place when it was made from the same file object, which the loader and the parser reuse
    /// for a file that did not change: a rebuild after one edit makes one job, not 10,000.
    static func bodyJobs(_ parsed: ParsedContent, reusing previous: [Job] = []) -> [Job] {
        var jobs: [Job] = []
        jobs.reserveCapacity(previous.count)
        // The body is read only for a new job: copying it out of its model costs as much as the
        // rest of a reused job.
        func add(_ file: SourceFile, _ body: @autoclosure () -> MarkdownSource) {
            if jobs.count < previous.count, previous[jobs.count].file === file {
                jobs.append(previous[jobs.count])
            } else {
                jobs.append(Job(source: body(), contentPath: file.contentPath, outputPath: SiteMap.outputPath(for: file), file: file))
            }
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

import Foundation

/// The build pipeline, one named step per stage:
/// load → parse → link → render → write. Every step adds to one list of diagnostics; nothing
/// is written unless the whole site rendered without an error.
public enum SiteBuilder {
    /// Builds the site and, when `write` is true and there are no errors, replaces the output folder.
    public static func build(_ options: BuildOptions, write: Bool = true) -> BuildReport {
        let started = DispatchTime.now()
        var (files, diagnostics) = generate(options)
        var written = 0
        var pages = 0
        let blockedByWarnings = options.strict && !diagnostics.items.isEmpty
        if let files, write, !blockedByWarnings {
            do {
                try AtomicSiteWriter.write(files, to: DisplayPath.absolute(options.output, in: FileManager.default.currentDirectoryPath), jobs: options.jobs)
                written = files.count
                pages = files.filter { $0.path.hasSuffix(".html") }.count
            } catch {
                diagnostics.error("write-failed", "\(error)", at: SourceLocation(path: options.output))
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return BuildReport(diagnostics: diagnostics.sorted, filesWritten: written, pagesWritten: pages, seconds: seconds)
    }

    /// Runs every step but writing; returns the site's files, or nil when there are errors.
    /// With a cache (the preview server's), unchanged files are not parsed or rendered again.
    public static func generate(_ options: BuildOptions, cache: BuildCache? = nil) -> ([OutputFile]?, DiagnosticBag) {
        generate(options, cache: cache, recorder: nil)
    }

    /// `recorder` learns every name the templates are given (for the vocabulary test).
    static func generate(_ options: BuildOptions, cache: BuildCache?, recorder: ContextRecorder?) -> ([OutputFile]?, DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        let (content, loadDiagnostics) = ContentLoader.load(DisplayPath(root: options.content))
        diagnostics.append(contentsOf: loadDiagnostics)
        var (templates, templateDiagnostics) = TemplateSet.load(DisplayPath(root: options.templates))
        diagnostics.append(contentsOf: templateDiagnostics)
        if let loaded = templates { diagnostics.append(contentsOf: TemplateCheck.run(loaded)) }
        templates?.recorder = recorder

        let parsed = ParsedContent.parse(content, jobs: options.jobs, cache: cache)
        diagnostics.append(contentsOf: parsed.diagnostics)
        guard let config = parsed.config else { return (nil, diagnostics) }

        let (graph, graphDiagnostics) = KnowledgeGraph.build(
            config: config, methodologies: parsed.methodologies, practices: parsed.practices,
            declaredMethodologyIds: content.declaredIds(.methodology), declaredPracticeIds: content.declaredIds(.practice))
        diagnostics.append(contentsOf: graphDiagnostics)
        var tree: GuideTree?
        if let guide = parsed.guide {
            let (built, guideDiagnostics) = GuideTree.build(guide, graph: graph)
            tree = built
            diagnostics.append(contentsOf: guideDiagnostics)
        }

        let siteMap = SiteMap(content)
        cache?.validate(paths: siteMap.contentPaths)
        let renderer = MarkdownRenderer(resolver: LinkResolver(siteMap: siteMap), allowRawHTML: config.allowRawHTML)
        let markdown = RenderedContent.render(parsed, graph: graph, renderer: renderer, jobs: options.jobs, cache: cache)
        diagnostics.append(contentsOf: markdown.diagnostics)
        diagnostics.append(contentsOf: AnchorCheck.check(markdown.pendingAnchors, anchors: markdown.anchors))
        diagnostics.append(contentsOf: ContentChecks.run(
            graph: graph, pages: parsed.pages, guide: parsed.guide, rendered: markdown, files: content.markdownFiles))

        guard !diagnostics.hasErrors, let templates, let home = parsed.home else { return (nil, diagnostics) }
        cache?.begin(
            texts: Dictionary(uniqueKeysWithValues: content.markdownFiles.map { ($0.contentPath, $0.text) }),
            templates: templates.sources, siteConfig: content.siteConfig?.text ?? "")
        let files = SiteRenderer(
            templates: templates, graph: graph, tree: tree, home: home, pages: parsed.pages,
            markdown: markdown, assets: content.assets
        ).render(jobs: options.jobs, cache: cache)
        return (files, diagnostics)
    }
}

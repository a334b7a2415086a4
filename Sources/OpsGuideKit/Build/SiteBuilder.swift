import Foundation

/// The build pipeline, one named step per stage:
/// load → parse → link → render → write. Every step adds to one list of diagnostics; nothing
/// is written unless the whole site rendered without an error.
public enum SiteBuilder {
    /// Builds the site and, when `write` is true and there are no errors, replaces the output
    /// folder; pages are written while they are rendered. Without `write` (`opsguide check`)
    /// nothing is rendered: every diagnostic is known before rendering starts.
    public static func build(_ options: BuildOptions, write: Bool = true) -> BuildReport {
        let started = DispatchTime.now()
        var writer: AtomicSiteWriter?
        var writerFailure: Error?
        if write {
            do {
                writer = try AtomicSiteWriter(output: DisplayPath.absolute(options.output, in: FileManager.default.currentDirectoryPath))
            } catch {
                writerFailure = error
            }
        }
        var (renderer, diagnostics) = prepare(options, cache: nil, recorder: nil, earlyWriter: writer)
        var summary = SiteRenderer.Summary()
        let blockedByWarnings = options.strict && !diagnostics.items.isEmpty
        // Only a site that could be written is held up by its folder.
        if let writerFailure, renderer != nil, !blockedByWarnings {
            diagnostics.error("write-failed", "\(writerFailure)", at: SourceLocation(path: options.output))
        }
        if let renderer, let writer, !blockedByWarnings {
            do {
                summary = renderer.render(jobs: options.jobs, emit: writer.write)
                try writer.commit()
            } catch {
                summary = SiteRenderer.Summary()
                diagnostics.error("write-failed", "\(error)", at: SourceLocation(path: options.output))
            }
        } else {
            writer?.discard()
        }
        if options.leavesMemoryToExit, let renderer { _ = Unmanaged.passRetained(LeftToExit(renderer)) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return BuildReport(diagnostics: diagnostics.sorted, filesWritten: summary.files, pagesWritten: summary.pages, seconds: seconds)
    }

    /// Runs every step but writing; returns the site's files in path order, or nil when there
    /// are errors. With a cache (the preview server's), unchanged files are not parsed or
    /// rendered again.
    public static func generate(_ options: BuildOptions, cache: BuildCache? = nil) -> ([OutputFile]?, DiagnosticBag) {
        generate(options, cache: cache, recorder: nil)
    }

    /// `recorder` learns every name the templates are given (for the vocabulary test).
    static func generate(_ options: BuildOptions, cache: BuildCache?, recorder: ContextRecorder?) -> ([OutputFile]?, DiagnosticBag) {
        let (site, diagnostics) = check(options, cache: cache, recorder: recorder)
        return (site?.allFiles(), diagnostics)
    }

    /// Load, parse and link, and a site that renders each file when it is asked for, or nil
    /// when there are errors: what the preview serves.
    public static func check(_ options: BuildOptions, cache: BuildCache?) -> (OnDemandSite?, DiagnosticBag) {
        check(options, cache: cache, recorder: nil)
    }

    private static func check(_ options: BuildOptions, cache: BuildCache?, recorder: ContextRecorder?) -> (OnDemandSite?, DiagnosticBag) {
        let (renderer, diagnostics) = prepare(options, cache: cache, recorder: recorder)
        return (renderer.map { OnDemandSite(renderer: $0, cache: cache, jobs: options.jobs) }, diagnostics)
    }

    /// The templates, compiled, with the diagnostics of loading and checking them.
    private static func loadTemplates(_ paths: DisplayPath) -> (TemplateSet?, DiagnosticBag) {
        var (templates, diagnostics) = TemplateSet.load(paths)
        if let templates { diagnostics.append(contentsOf: TemplateCheck.run(templates)) }
        return (templates, diagnostics)
    }

    /// Load, parse and link: every diagnostic, and the renderer of the site when there is no error.
    /// With `earlyWriter` (a build that writes, without a cache), each practice's page is written
    /// as soon as its body is rendered (`StreamedPractices`); the caller discards the writer's
    /// folder when there are errors.
    private static func prepare(
        _ options: BuildOptions, cache: BuildCache?, recorder: ContextRecorder?, earlyWriter: AtomicSiteWriter? = nil
    ) -> (SiteRenderer?, DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        let contentPaths = DisplayPath(root: options.content)
        var (content, loadDiagnostics) = cache?.load(contentPaths, jobs: options.jobs) ?? ContentLoader.load(contentPaths, jobs: options.jobs)
        diagnostics.append(contentsOf: loadDiagnostics)
        let templatePaths = DisplayPath(root: options.templates)
        var (templates, templateDiagnostics) = cache?.templates(templatePaths, load: { loadTemplates(templatePaths) }) ?? loadTemplates(templatePaths)
        diagnostics.append(contentsOf: templateDiagnostics)
        templates?.recorder = recorder

        var parsed = ParsedContent.parse(content, jobs: options.jobs, cache: cache)
        diagnostics.append(contentsOf: parsed.diagnostics)
        guard let config = parsed.config else { return (nil, diagnostics) }

        let siteMap = cache?.siteMap(content) ?? SiteMap(content)
        let markdownRenderer = MarkdownRenderer(resolver: LinkResolver(siteMap: siteMap), settings: MarkdownRenderer.Settings(config))
        let bodyJobs = RenderedContent.bodyJobs(parsed, reusing: cache?.lastTexts("bodies", settings: markdownRenderer.settings)?.work ?? [])
        let buildGraph = {
            KnowledgeGraph.build(
                config: config, methodologies: parsed.methodologies.map { cache == nil ? $0.withoutText : $0 },
                practices: parsed.practices.map { cache == nil ? $0.withoutText : $0 },
                declaredMethodologyIds: content.declaredIds(.methodology), declaredPracticeIds: content.declaredIds(.practice))
        }
        let graph: KnowledgeGraph, graphDiagnostics: DiagnosticBag, bodies: [RenderedMarkdown]
        var practicesWritten: SearchIndex.Weighed?
        if let earlyWriter, cache == nil, let templates {
            // Practice pages need the graph: it comes first, then each body with its page.
            (graph, graphDiagnostics) = buildGraph()
            // The practices' texts are let go of as their pages are written; the graph holds
            // them without their text, and only a file that may hold a placeholder keeps it.
            parsed.practices = []
            content.practices = content.practices.map { $0.mayContainPlaceholder ? $0 : $0.withoutText }
            let stream = StreamedPractices(templates: templates, graph: graph, emit: earlyWriter.write)
            (bodies, practicesWritten) = stream.results(of: bodyJobs, renderer: markdownRenderer, jobs: options.jobs)
        } else {
            // The graph and the page bodies do not depend on each other: both at once.
            ((graph, graphDiagnostics), bodies) = Parallel.both(jobs: options.jobs, {
                cache?.graph(content, methodologies: parsed.methodologies, practices: parsed.practices, build: buildGraph) ?? buildGraph()
            }, {
                RenderedContent.results(of: bodyJobs, renderer: markdownRenderer, jobs: options.jobs, cache: cache.map { ($0, "bodies") })
            })
        }
        diagnostics.append(contentsOf: graphDiagnostics)
        var tree: GuideTree?
        if let guide = parsed.guide {
            let (built, guideDiagnostics) = GuideTree.build(guide, graph: graph)
            tree = built
            diagnostics.append(contentsOf: guideDiagnostics)
        }

        let fragmentJobs = RenderedContent.fragmentJobs(graph: graph, guide: parsed.guide)
        let fragments = RenderedContent.results(of: fragmentJobs, renderer: markdownRenderer, jobs: options.jobs, cache: cache.map { ($0, "fragments") })
        let markdown = RenderedContent.merge(bodyJobs + fragmentJobs, bodies + fragments, cache: cache)
        diagnostics.append(contentsOf: markdown.diagnostics)
        let (anchorDiagnostics, checkDiagnostics) = Parallel.both(jobs: options.jobs, {
            cache?.anchorCheck(markdown, reserved: PageContext.reservedAnchors, jobs: options.jobs)
                ?? AnchorCheck.check(markdown, reserved: PageContext.reservedAnchors, jobs: options.jobs).flatMap { $0 }
        }, {
            ContentChecks.run(graph: graph, pages: parsed.pages, rendered: markdown, files: content.markdownFiles, jobs: options.jobs, cache: cache)
        })
        diagnostics.append(contentsOf: anchorDiagnostics)
        diagnostics.append(contentsOf: checkDiagnostics)

        guard !diagnostics.hasErrors, let templates, let home = parsed.home else { return (nil, diagnostics) }
        cache?.begin(content, templates: templates.sources)
        return (SiteRenderer(
            templates: templates, graph: graph, tree: tree, home: home, pages: parsed.pages,
            markdown: markdown, assets: content.assets, practicesWritten: practicesWritten), diagnostics)
    }
}

/// A value kept alive until the process exits (`BuildOptions.leavesMemoryToExit`).
private final class LeftToExit {
    let value: Any
    init(_ value: Any) { self.value = value }
}

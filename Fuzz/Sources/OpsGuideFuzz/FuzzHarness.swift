@testable import OpsGuideKit

/// Runs one fuzzer input through every stage that reads content: decoding, front matter of each
/// kind, site.yaml, the guide and its validation against a knowledge graph, Markdown with link
/// resolution and anchors (safe and raw-HTML modes), the URL filter and diagnostics formatting.
///
/// The fixed part of the world — a site map with a few pages and an asset, a graph with two
/// methodologies and two practices — is built once; the input plays every content file in turn.
enum FuzzHarness {
    static let content: LoadedContent = {
        var content = LoadedContent(paths: DisplayPath(root: "/fuzz/content", currentDirectory: "/fuzz"))
        func file(_ kind: ContentKind, _ id: String, _ path: String) -> SourceFile {
            SourceFile(kind: kind, id: id, contentPath: path, displayPath: "content/" + path, text: "")
        }
        content.home = file(.home, "index", "index.md")
        content.guide = file(.guide, "guide", "guide.md")
        content.methodologies = [file(.methodology, "alpha", "methodologies/alpha.md"), file(.methodology, "beta", "methodologies/beta.md")]
        content.practices = [file(.practice, "pipeline", "practices/pipeline.md"), file(.practice, "scanning", "practices/scanning.md")]
        content.pages = [file(.page, "about", "pages/about.md")]
        content.assets = [AssetFile(contentPath: "assets/diagram.svg", absolutePath: "/fuzz/content/assets/diagram.svg")]
        return content
    }()

    static let siteMap = SiteMap(content)
    static let renderer = MarkdownRenderer(resolver: LinkResolver(siteMap: siteMap))
    static let rawRenderer = MarkdownRenderer(resolver: LinkResolver(siteMap: siteMap), settings: MarkdownRenderer.Settings(allowRawHTML: true))

    static let graph: KnowledgeGraph = {
        let config = SiteConfig(
            title: "Fuzz", description: "Fuzz", baseURL: nil,
            dimensions: [Taxon(id: "testing", title: "Testing", location: SourceLocation(path: "site.yaml"))],
            categories: [Taxon(id: "delivery", title: "Delivery", location: SourceLocation(path: "site.yaml"))])
        func parsed<T>(_ kind: ContentKind, _ id: String, _ text: String, _ parse: (SourceFile) -> (T?, DiagnosticBag)) -> T? {
            parse(SourceFile(kind: kind, id: id, contentPath: "\(kind.folder ?? "")/\(id).md", displayPath: id, text: text)).0
        }
        let methodologies = [
            parsed(.methodology, "alpha", "---\ntitle: Alpha\nsummary: A.\n---\n", FrontMatterParser.methodology),
            parsed(.methodology, "beta", "---\ntitle: Beta\nsummary: B.\nextends: alpha\n---\n", FrontMatterParser.methodology),
        ].compactMap { $0 }
        let practices = [
            parsed(.practice, "pipeline", "---\ntitle: P\nsummary: P.\ncategory: delivery\nmethodologies: [alpha]\n---\n", FrontMatterParser.practice),
            parsed(.practice, "scanning", "---\ntitle: S\nsummary: S.\ncategory: delivery\nmethodologies: {beta: supporting}\n---\n", FrontMatterParser.practice),
        ].compactMap { $0 }
        return KnowledgeGraph.build(config: config, methodologies: methodologies, practices: practices).0
    }()

    static func run(_ bytes: [UInt8]) {
        guard case .success(let text) = TextDecoding.decode(bytes) else { return }
        var diagnostics: [Diagnostic] = []
        func file(_ kind: ContentKind, _ path: String) -> SourceFile {
            SourceFile(kind: kind, id: "fuzz", contentPath: path, displayPath: "content/" + path, text: text)
        }

        let (config, configDiagnostics) = SiteConfigParser.parse(file(.page, "site.yaml"))
        diagnostics += configDiagnostics.items
        let (methodology, methodologyDiagnostics) = FrontMatterParser.methodology(file(.methodology, "methodologies/fuzz.md"))
        let (practice, practiceDiagnostics) = FrontMatterParser.practice(file(.practice, "practices/fuzz.md"))
        let (page, pageDiagnostics) = FrontMatterParser.page(file(.page, "pages/fuzz.md"))
        let (guide, guideDiagnostics) = GuideParser.parse(file(.guide, "guide.md"))
        diagnostics += methodologyDiagnostics.items + practiceDiagnostics.items + pageDiagnostics.items + guideDiagnostics.items

        let (graph, graphDiagnostics) = KnowledgeGraph.build(
            config: config ?? Self.graph.config, methodologies: Self.graph.methodologies + [methodology].compactMap { $0 },
            practices: Self.graph.practices + [practice].compactMap { $0 })
        diagnostics += graphDiagnostics.items
        _ = ComparisonMatrix(graph: graph)
        if let guide {
            let (tree, treeDiagnostics) = GuideTree.build(guide, graph: graph)
            diagnostics += treeDiagnostics.items
            if let tree {
                for id in tree.questionOrder + tree.endOrder { _ = tree.path(to: id) }
            }
        }

        var sources = [page?.body ?? MarkdownSource(text: text[...], path: "content/pages/fuzz.md", firstLine: 1)]
        if let methodology {
            sources += methodology.dimensions.map(\.text) + methodology.chooseWhen + methodology.avoidWhen
        }
        if let guide {
            sources += guide.questions.compactMap(\.help)
            sources += guide.ends.map(\.reason)
            sources.append(guide.intro)
            if let nextSteps = guide.nextSteps { sources.append(nextSteps) }
        }
        for source in sources.prefix(16) {
            for renderer in [Self.renderer, Self.rawRenderer] {
                let rendered = renderer.render(
                    source, contentPath: "pages/about.md", outputPath: "pages/about.html", reservedAnchors: PageContext.reservedAnchors)
                diagnostics += rendered.diagnostics.items
                diagnostics += AnchorCheck.check(
                    rendered.pendingAnchors, anchors: ["pages/about.md": rendered.anchors], reserved: PageContext.reservedAnchors)
            }
        }

        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(32) {
            let destination = String(line)
            _ = Self.renderer.resolver.resolve(destination, from: "practices/pipeline.md")
            _ = URLFilter.isDangerous(destination)
            _ = SiteMap.url(from: "pages/about.html", to: "assets/" + destination, fragment: destination)
            _ = Slugger.slugify(destination)
            _ = ContentId.isValid(destination)
        }

        for format in DiagnosticPrinter.Format.allCases {
            _ = DiagnosticPrinter(format: format).format(diagnostics)
        }
    }
}

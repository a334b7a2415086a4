/// Parse stage output: every file's front matter decoded into its model.
public struct ParsedContent: Sendable {
    public var config: SiteConfig?
    public var home: Page?
    public var guide: Guide?
    public var methodologies: [Methodology] = []
    public var practices: [Practice] = []
    public var pages: [Page] = []
    public var diagnostics = DiagnosticBag()

    /// Parses all loaded files, in parallel; order and diagnostics do not depend on `jobs`.
    public static func parse(_ content: LoadedContent, jobs: Int) -> ParsedContent {
        var parsed = ParsedContent()
        if let file = content.siteConfig {
            let (config, diagnostics) = SiteConfigParser.parse(file)
            parsed.config = config
            parsed.diagnostics.append(contentsOf: diagnostics)
        }
        if let file = content.home {
            let (home, diagnostics) = FrontMatterParser.page(file)
            parsed.home = home
            parsed.diagnostics.append(contentsOf: diagnostics)
        }
        if let file = content.guide {
            let (guide, diagnostics) = GuideParser.parse(file)
            parsed.guide = guide
            parsed.diagnostics.append(contentsOf: diagnostics)
        }
        let methodologies = Parallel.map(content.methodologies.count, jobs: jobs) { FrontMatterParser.methodology(content.methodologies[$0]) }
        let practices = Parallel.map(content.practices.count, jobs: jobs) { FrontMatterParser.practice(content.practices[$0]) }
        let pages = Parallel.map(content.pages.count, jobs: jobs) { FrontMatterParser.page(content.pages[$0]) }
        parsed.methodologies = methodologies.compactMap(\.0)
        parsed.practices = practices.compactMap(\.0)
        parsed.pages = pages.compactMap(\.0)
        for bag in methodologies.map(\.1) + practices.map(\.1) + pages.map(\.1) {
            parsed.diagnostics.append(contentsOf: bag)
        }
        return parsed
    }
}

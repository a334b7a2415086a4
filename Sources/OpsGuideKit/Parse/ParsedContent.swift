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
    public static func parse(_ content: LoadedContent, jobs: Int, cache: BuildCache? = nil) -> ParsedContent {
        func cached<Value>(_ file: SourceFile, _ parse: (SourceFile) -> Value) -> Value {
            guard let cache else { return parse(file) }
            return cache.frontMatter(of: file, parse)
        }
        var parsed = ParsedContent()
        if let file = content.siteConfig {
            let (config, diagnostics) = cached(file, SiteConfigParser.parse)
            parsed.config = config
            parsed.diagnostics.append(contentsOf: diagnostics)
        }
        if let file = content.home {
            let (home, diagnostics) = cached(file) { FrontMatterParser.page($0) }
            parsed.home = home
            parsed.diagnostics.append(contentsOf: diagnostics)
        }
        if let file = content.guide {
            let (guide, diagnostics) = cached(file, GuideParser.parse)
            parsed.guide = guide
            parsed.diagnostics.append(contentsOf: diagnostics)
        }
        func all<Value>(_ name: String, _ files: [SourceFile], _ parse: (SourceFile) -> Value) -> [Value] {
            cache?.parseList(name, files, jobs: jobs, parse) ?? Parallel.map(files.count, jobs: jobs) { parse(files[$0]) }
        }
        let methodologies = all("methodologies", content.methodologies, FrontMatterParser.methodology)
        let practices = all("practices", content.practices, FrontMatterParser.practice)
        let pages = all("pages", content.pages) { FrontMatterParser.page($0) }
        parsed.methodologies = methodologies.compactMap(\.0)
        parsed.practices = practices.compactMap(\.0)
        parsed.pages = pages.compactMap(\.0)
        for bag in methodologies.map(\.1) + practices.map(\.1) + pages.map(\.1) {
            parsed.diagnostics.append(contentsOf: bag)
        }
        return parsed
    }
}

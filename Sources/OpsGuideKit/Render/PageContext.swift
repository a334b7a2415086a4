/// The values every page template receives: site identity, navigation, table of contents.
///
/// All values are plain strings, booleans, dictionaries and arrays; Mustache's `{{value}}`
/// escapes them for HTML, and only cmark's HTML is inserted with `{{{…}}}`.
enum PageContext {
    static let sections: [(title: String, path: String)] = [
        ("Home", SiteMap.home),
        ("Methodologies", SiteMap.methodologyIndex),
        ("Practices", SiteMap.practiceIndex),
        ("Matrix", SiteMap.matrix),
        ("Decision guide", SiteMap.guide),
    ]

    /// Ids used by the templates themselves; headings never get these as anchors.
    static let reservedAnchors: Set<String> = [
        "top", "main", "site-nav", "toc", "search", "article", "practices", "dimensions", "choose", "avoid",
        "extends", "methodologies", "recommended-by", "matrix-practices", "matrix-dimensions", "answers",
        "reason", "start-with", "matrix-rows", "questions", "search-input", "search-panel", "search-results",
        "search-status", "guide-start", "guide-intro", "wizard", "wizard-status", "wizard-heading", "wizard-step",
        "matrix-tools", "practice-matrix", "dimension-matrix",
    ]

    /// The names the page contexts give, made once: every page and list item names its values
    /// with these, and a name's fingerprint is worked out when it is made.
    enum Name {
        static let siteTitle = TemplateName("site_title")
        static let siteDescription = TemplateName("site_description")
        static let title = TemplateName("title")
        static let description = TemplateName("description")
        static let root = TemplateName("root")
        static let homeURL = TemplateName("home_url")
        static let nav = TemplateName("nav")
        static let toc = TemplateName("toc")
        static let hasTOC = TemplateName("has_toc")
        static let canonical = TemplateName("canonical")
        static let editURL = TemplateName("edit_url")
        static let summary = TemplateName("summary")
        static let body = TemplateName("body")
        static let text = TemplateName("text")
        static let id = TemplateName("id")
        static let sub = TemplateName("sub")
        static let url = TemplateName("url")
        static let level = TemplateName("level")
        static let symbol = TemplateName("symbol")
        static let core = TemplateName("core")
        static let category = TemplateName("category")
        static let methodologies = TemplateName("methodologies")
        static let matrixURL = TemplateName("matrix_url")
        static let cellsHTML = TemplateName("cells_html")
        static let cells = TemplateName("cells")
    }

    /// `extraCapacity`: how many names the caller adds, so that the map never grows.
    static func make(
        config: SiteConfig, outputPath: String, title: String, description: String?,
        section: String?, toc: [TOCEntry] = [], source: String? = nil, extraCapacity: Int = 0
    ) -> TemplateMap {
        let root = SiteMap.root(from: outputPath)
        var contents: [TemplateValue] = []
        contents.reserveCapacity(toc.count)
        for entry in toc where entry.level == 2 || entry.level == 3 {
            var item = TemplateMap(capacity: 3)
            item.append(Name.text, .text(entry.text))
            item.append(Name.id, .text(entry.id))
            item.append(Name.sub, .flag(entry.level == 3))
            contents.append(.map(item))
        }
        var context = TemplateMap(capacity: 11 + extraCapacity)
        context.append(Name.siteTitle, .text(config.title))
        context.append(Name.siteDescription, .text(config.description))
        context.append(Name.title, .text(title))
        context.append(Name.description, .text(description ?? config.description))
        context.append(Name.root, .text(root))
        context.append(Name.homeURL, .text(root + SiteMap.home))
        context.append(Name.nav, navigation(root: root, section: section))
        context.append(Name.toc, .list(contents))
        context.append(Name.hasTOC, .flag(!contents.isEmpty))
        if let base = config.baseURL {
            context.append(Name.canonical, .text(base + outputPath))
        }
        if let repository = config.repository, let source {
            context.append(Name.editURL, .text(repository + source))
        }
        return context
    }

    /// The context every article page starts from: navigation, table of contents, summary, body.
    static func article(
        config: SiteConfig, outputPath: String, title: String, summary: String, source: SourceFile, section: String,
        body: RenderedMarkdown?, extraCapacity: Int = 0
    ) -> TemplateMap {
        var context = make(
            config: config, outputPath: outputPath, title: title, description: summary,
            section: section, toc: body?.headings ?? [], source: source.contentPath, extraCapacity: 2 + extraCapacity)
        context.append(Name.summary, .text(summary))
        context.append(Name.body, .text(body?.html ?? ""))
        return context
    }

    /// The navigation list of a page `root` away from the site root, with `section` marked
    /// current. Every page at the usual depths (the root and one folder down) shares one of a
    /// few lists made once.
    static func navigation(root: String, section: String?) -> TemplateValue {
        let current = sections.firstIndex { $0.path == section } ?? sections.count
        if let lists = sharedNavigation[root] { return lists[current] }
        return makeNavigation(root: root, current: current)
    }

    private static let sharedNavigation: [String: [TemplateValue]] = Dictionary(uniqueKeysWithValues: ["", "../"].map { root in
        (root, (0...sections.count).map { makeNavigation(root: root, current: $0) })
    })

    private static func makeNavigation(root: String, current: Int) -> TemplateValue {
        .list(sections.enumerated().map { index, item -> TemplateMap in
            ["title": .text(item.title), "url": .text(root + item.path), "current": .flag(index == current)]
        })
    }

    /// `extraCapacity`: how many names the caller adds, so that the map never grows.
    static func link(_ title: String, from page: String, to target: String, summary: String? = nil, extraCapacity: Int = 0) -> TemplateMap {
        var item = TemplateMap(capacity: 3 + extraCapacity)
        item.append(Name.title, .text(title))
        item.append(Name.url, .text(SiteMap.url(from: page, to: target)))
        if let summary { item.append(Name.summary, .text(summary)) }
        return item
    }

    /// Adds the names of `level` (`level`, `symbol`, `core`) to `map`, which has none of them.
    static func add(_ level: PracticeLevel, to map: inout TemplateMap) {
        map.append(Name.level, .text(level.rawValue))
        map.append(Name.symbol, .text(level.symbol))
        map.append(Name.core, .flag(level == .core))
    }

    /// `cell` for no level, then `cell` with the names of each level, in `cellVariant`'s order:
    /// the few distinct cells of a matrix column, made once and shared by every row of the
    /// matrix and of the guide's end pages.
    static func cellVariants(of cell: TemplateMap) -> [TemplateMap] {
        [cell] + PracticeLevel.allCases.map { level in
            var variant = cell
            add(level, to: &variant)
            return variant
        }
    }

    /// Which of `cellVariants` shows `level`: 0 for none, else 1 + its place in `allCases`.
    static func cellVariant(_ level: PracticeLevel?) -> Int {
        level.map { PracticeLevel.allCases.firstIndex(of: $0)! + 1 } ?? 0
    }
}

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

    static func make(
        config: SiteConfig, outputPath: String, title: String, description: String?,
        section: String?, toc: [TOCEntry] = [], source: String? = nil
    ) -> TemplateMap {
        let root = SiteMap.root(from: outputPath)
        let contents = toc.filter { $0.level == 2 || $0.level == 3 }
        var context: TemplateMap = [
            "site_title": .text(config.title),
            "site_description": .text(config.description),
            "title": .text(title),
            "description": .text(description ?? config.description),
            "root": .text(root),
            "home_url": .text(root + SiteMap.home),
            "nav": navigation(root: root, section: section),
            "toc": .list(contents.map { entry -> TemplateMap in
                ["text": .text(entry.text), "id": .text(entry.id), "sub": .flag(entry.level == 3)]
            }),
            "has_toc": .flag(!contents.isEmpty),
        ]
        if let base = config.baseURL {
            context["canonical"] = .text(base + outputPath)
        }
        if let repository = config.repository, let source {
            context["edit_url"] = .text(repository + source)
        }
        return context
    }

    /// The context every article page starts from: navigation, table of contents, summary, body.
    static func article(
        config: SiteConfig, outputPath: String, title: String, summary: String, source: SourceFile, section: String,
        body: RenderedMarkdown?
    ) -> TemplateMap {
        var context = make(
            config: config, outputPath: outputPath, title: title, description: summary,
            section: section, toc: body?.headings ?? [], source: source.contentPath)
        context["summary"] = .text(summary)
        context["body"] = .text(body?.html ?? "")
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

    static func link(_ title: String, from page: String, to target: String, summary: String? = nil) -> TemplateMap {
        var item: TemplateMap = ["title": .text(title), "url": .text(SiteMap.url(from: page, to: target))]
        if let summary { item["summary"] = .text(summary) }
        return item
    }

    static func level(_ level: PracticeLevel) -> TemplateMap {
        ["level": .text(level.rawValue), "symbol": .text(level.symbol), "core": .flag(level == .core)]
    }
}

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
            "nav": .list(sections.map { item -> TemplateMap in
                ["title": .text(item.title), "url": .text(root + item.path), "current": .flag(item.path == section)]
            }),
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

    static func link(_ title: String, from page: String, to target: String, summary: String? = nil) -> TemplateMap {
        var item: TemplateMap = ["title": .text(title), "url": .text(SiteMap.url(from: page, to: target))]
        if let summary { item["summary"] = .text(summary) }
        return item
    }

    static func level(_ level: PracticeLevel) -> TemplateMap {
        ["level": .text(level.rawValue), "symbol": .text(level.symbol), "core": .flag(level == .core)]
    }
}

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
    ) -> [String: Any] {
        let root = SiteMap.root(from: outputPath)
        var context: [String: Any] = [
            "site_title": config.title,
            "site_description": config.description,
            "title": title,
            "description": description ?? config.description,
            "root": root,
            "home_url": root + SiteMap.home,
            "nav": sections.map { item -> [String: Any] in
                ["title": item.title, "url": root + item.path, "current": item.path == section]
            },
            "toc": toc.filter { $0.level == 2 || $0.level == 3 }.map { entry -> [String: Any] in
                ["text": entry.text, "id": entry.id, "sub": entry.level == 3]
            },
        ]
        context["has_toc"] = toc.contains { $0.level == 2 || $0.level == 3 }
        if let base = config.baseURL {
            context["canonical"] = base + outputPath
        }
        if let repository = config.repository, let source {
            context["edit_url"] = repository + source
        }
        return context
    }

    static func link(_ title: String, from page: String, to target: String, summary: String? = nil) -> [String: Any] {
        var item: [String: Any] = ["title": title, "url": SiteMap.url(from: page, to: target)]
        if let summary { item["summary"] = summary }
        return item
    }

    static func level(_ level: PracticeLevel) -> [String: Any] {
        ["level": level.rawValue, "symbol": level.symbol, "core": level == .core]
    }
}

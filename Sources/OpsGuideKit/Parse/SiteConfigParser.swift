/// Parses `content/site.yaml`.
public enum SiteConfigParser {
    static let keys = ["title", "description", "base_url", "dimensions", "categories", "checks", "repository", "allow_raw_html"]

    public static func parse(_ file: SourceFile) -> (SiteConfig?, DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        let source: YAMLSource
        switch YAMLSource.compose(file.text[...], path: file.displayPath, firstLine: 1) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return (nil, diagnostics)
        case .success(let composed): source = composed
        }
        var reader = YAMLMapReader(source.root, in: source, what: "site.yaml", fallback: file.location)
        reader.checkKeys(keys, what: "site.yaml")
        let title = reader.string("title", required: true)
        let description = reader.string("description", required: true)
        var baseURL = reader.string("base_url")
        if let url = baseURL, !(url.value.hasPrefix("https://") || url.value.hasPrefix("http://")) {
            reader.report(.error("invalid-base-url", "'base_url' must be an absolute http(s) URL", at: url.location))
            baseURL = nil
        }
        var repository = reader.string("repository")
        if let url = repository, !(url.value.hasPrefix("https://") || url.value.hasPrefix("http://")) {
            reader.report(.error("invalid-repository", "'repository' must be an absolute http(s) URL", at: url.location))
            repository = nil
        }
        let dimensions = taxonomy("dimensions", reader: &reader)
        let categories = taxonomy("categories", reader: &reader)
        let policy = self.policy(reader: &reader)
        let allowRawHTML = reader.bool("allow_raw_html")?.value ?? false
        diagnostics.append(contentsOf: reader.diagnostics)
        guard let title, let description else { return (nil, diagnostics) }
        let normalizedBase = baseURL.map { $0.value.hasSuffix("/") ? $0.value : $0.value + "/" }
        var config = SiteConfig(title: title.value, description: description.value, baseURL: normalizedBase,
                                dimensions: dimensions, categories: categories)
        config.policy = policy
        config.allowRawHTML = allowRawHTML
        config.repository = repository.map { $0.value.hasSuffix("/") ? $0.value : $0.value + "/" }
        return (config, diagnostics)
    }

    /// `checks:` — non-negative whole numbers, each optional.
    private static func policy(reader: inout YAMLMapReader) -> ContentPolicy {
        var policy = ContentPolicy()
        guard let node = reader.node("checks") else { return policy }
        var checks = YAMLMapReader(node, in: reader.source, what: "'checks'", fallback: reader.location)
        checks.checkKeys(ContentPolicy.keys, what: "checks")
        func number(_ key: String) -> Int {
            guard let value = checks.node(key) else { return 0 }
            guard let number = Int(value.scalar?.string ?? ""), number >= 0, value.scalar?.style == .plain else {
                checks.wrongType(key, expected: "a whole number", found: value)
                return 0
            }
            return number
        }
        policy.methodologyMinWords = number("methodology_min_words")
        policy.practiceMinWords = number("practice_min_words")
        policy.methodologyMinPractices = number("methodology_min_practices")
        reader.report(contentsOf: checks.diagnostics)
        return policy
    }

    /// A list of `{id, title}` entries with unique, valid ids.
    private static func taxonomy(_ key: String, reader: inout YAMLMapReader) -> [Taxon] {
        var taxa: [Taxon] = []
        for entry in reader.requiredList(key, expected: "a list of {id, title} entries") {
            var item = YAMLMapReader(entry, in: reader.source, what: "an entry of '\(key)'", fallback: reader.location)
            item.checkKeys(["id", "title"], what: key)
            if let id = item.string("id", required: true), let title = item.string("title", required: true) {
                if !ContentId.isValid(id.value) {
                    item.report(.error("invalid-id", "invalid id '\(id.value)': \(ContentId.rule)", at: id.location))
                } else if taxa.contains(where: { $0.id == id.value }) {
                    item.report(.error("duplicate-id", "duplicate id '\(id.value)' in '\(key)'", at: id.location))
                } else {
                    taxa.append(Taxon(id: id.value, title: title.value, location: id.location))
                }
            }
            reader.report(contentsOf: item.diagnostics)
        }
        return taxa
    }
}

extension YAMLMapReader {
    mutating func report(contentsOf bag: DiagnosticBag) {
        for diagnostic in bag.items { report(diagnostic) }
    }
}

/// Parses each kind of Markdown content file into its model: front matter fields with
/// positions, and the body as a `MarkdownSource` that remembers its first line.
public enum FrontMatterParser {
    static let methodologyKeys = ["title", "summary", "extends", "dimensions", "choose_when", "avoid_when"]
    static let practiceKeys = ["title", "summary", "category", "methodologies"]
    static let pageKeys = ["title", "summary"]

    /// The split file, its composed YAML and a reader over the top-level mapping.
    struct Opened {
        var frontMatter: FrontMatter
        var reader: YAMLMapReader
        var body: MarkdownSource {
            MarkdownSource(text: frontMatter.body, path: reader.source.path, firstLine: frontMatter.bodyFirstLine)
        }
    }

    static func open(_ file: SourceFile, diagnostics: inout DiagnosticBag) -> Opened? {
        let frontMatter: FrontMatter
        switch FrontMatter.split(file) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let split): frontMatter = split
        }
        switch YAMLSource.compose(frontMatter.yaml, path: file.displayPath, firstLine: frontMatter.yamlFirstLine) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let source):
            let fallback = SourceLocation(path: file.displayPath, line: 1, column: 1)
            return Opened(frontMatter: frontMatter, reader: YAMLMapReader(source.root, in: source, what: "front matter", fallback: fallback))
        }
    }

    public static func methodology(_ file: SourceFile) -> (Methodology?, DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        guard var opened = open(file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        opened.reader.checkKeys(methodologyKeys, what: "methodology")
        let title = opened.reader.string("title", required: true)
        let summary = opened.reader.string("summary", required: true)
        let extends = opened.reader.string("extends")
        var reader = opened.reader
        let dimensionNodes = reader.node("dimensions")
        let dimensions = reader.stringMap("dimensions").map { entry in
            (id: entry.key, text: reader.markdown(entry.value, node: dimensionNodes?.value(forKey: entry.key.value)))
        }
        let chooseWhen = markdownList("choose_when", reader: &reader)
        let avoidWhen = markdownList("avoid_when", reader: &reader)
        diagnostics.append(contentsOf: reader.diagnostics)
        guard let title, let summary else { return (nil, diagnostics) }
        return (Methodology(
            id: file.id, source: file, title: title.value, summary: summary.value, extends: extends,
            dimensions: dimensions, chooseWhen: chooseWhen, avoidWhen: avoidWhen, body: opened.body), diagnostics)
    }

    public static func practice(_ file: SourceFile) -> (Practice?, DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        guard var opened = open(file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        var reader = opened.reader
        reader.checkKeys(practiceKeys, what: "practice")
        let title = reader.string("title", required: true)
        let summary = reader.string("summary", required: true)
        let category = reader.string("category", required: true)
        let methodologies = practiceMethodologies(reader: &reader)
        diagnostics.append(contentsOf: reader.diagnostics)
        opened.reader = reader
        guard let title, let summary, let category else { return (nil, diagnostics) }
        return (Practice(
            id: file.id, source: file, title: title.value, summary: summary.value, category: category,
            methodologies: methodologies, body: opened.body), diagnostics)
    }

    /// Pages, the home page and anything else with just a title and a summary.
    public static func page(_ file: SourceFile, extraKeys: [String] = []) -> (Page?, DiagnosticBag) {
        var diagnostics = DiagnosticBag()
        guard var opened = open(file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        opened.reader.checkKeys(pageKeys + extraKeys, what: file.kind.rawValue)
        let title = opened.reader.string("title", required: true)
        let summary = opened.reader.string("summary")
        diagnostics.append(contentsOf: opened.reader.diagnostics)
        guard let title else { return (nil, diagnostics) }
        return (Page(id: file.id, source: file, title: title.value, summary: summary?.value, body: opened.body), diagnostics)
    }

    private static func markdownList(_ key: String, reader: inout YAMLMapReader) -> [MarkdownSource] {
        let nodes = reader.node(key)?.sequence ?? []
        return reader.stringList(key).enumerated().map { index, text in
            reader.markdown(text, node: index < nodes.count ? nodes[index] : nil)
        }
    }

    /// `methodologies:` as a list of ids (each `core`) or a map id → `core` | `supporting`.
    private static func practiceMethodologies(reader: inout YAMLMapReader) -> [(id: Located<String>, level: PracticeLevel)] {
        guard let node = reader.node("methodologies") else { return [] }
        if node.sequence != nil || node.scalar != nil {
            return reader.stringList("methodologies").map { ($0, PracticeLevel.core) }
        }
        var result: [(id: Located<String>, level: PracticeLevel)] = []
        for entry in reader.stringMap("methodologies") {
            guard let level = PracticeLevel(rawValue: entry.value.value) else {
                reader.report(.error(
                    "invalid-level",
                    "level '\(entry.value.value)' is not one of \(PracticeLevel.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))",
                    at: entry.value.location))
                continue
            }
            result.append((entry.key, level))
        }
        return result
    }
}

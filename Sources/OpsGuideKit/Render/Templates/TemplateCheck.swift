/// Finds names in the templates that no page provides and partials that do not exist — both
/// render as empty text, so without this check a typo silently blanks part of a page.
enum TemplateCheck {
    static func run(_ templates: TemplateSet) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (name, template) in templates.compiled.sorted(by: { $0.key < $1.key }) {
            let path = templates.paths.show(name + ".mustache")
            for tag in template.tags {
                let location = SourceLocation(path: path, line: tag.line, column: tag.column)
                switch tag.kind {
                case .comment, .close:
                    continue
                case .partial:
                    if templates.compiled[tag.name] == nil {
                        diagnostics.append(.warning(
                            "unknown-partial", "partial '\(tag.name)' does not exist; it would render as nothing\(hint(tag.name, in: Array(templates.compiled.keys)))",
                            at: location))
                    }
                case .value, .rawValue, .section, .invertedSection:
                    guard let head = tag.path.first?.text, !TemplateVocabulary.names.contains(head) else { continue }
                    diagnostics.append(.warning(
                        "unknown-template-variable", "'\(tag.name)' is not a value any page provides; it would render as nothing\(hint(head, in: Array(TemplateVocabulary.names)))",
                        at: location))
                }
            }
        }
        return diagnostics
    }

    private static func hint(_ name: String, in candidates: [String]) -> String {
        Suggestion.nearest(to: name, in: candidates.sorted()).map { "; did you mean '\($0)'?" } ?? ""
    }
}
